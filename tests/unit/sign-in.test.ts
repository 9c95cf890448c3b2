import { describe, expect, it } from "vitest";
import { SignInInput } from "@/lib/auth/sign-in-schemas";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { confirmationUrl, magicLinkEmail } from "@/lib/auth/magic-link-email";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

describe("the sign-in form's schema", () => {
  it("trims and lower-cases the address", () => {
    expect(SignInInput.parse({ email: "  Claire.Martin@Anact.FR " })).toEqual({ email: "claire.martin@anact.fr" });
  });

  it("refuses an empty or malformed address with a French message", () => {
    const empty = SignInInput.safeParse({ email: "" });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe("Saisissez votre adresse e-mail.");
    const malformed = SignInInput.safeParse({ email: "claire.martin" });
    expect(malformed.error?.issues[0]?.message).toMatch(/n'est pas valide/);
  });
});

describe("after sign-in", () => {
  it("follows only paths of this site", () => {
    expect(safeCallbackUrl("/clusters/abc")).toBe("/clusters/abc");
    expect(safeCallbackUrl("https://evil.example/")).toBe("/");
    expect(safeCallbackUrl("//evil.example/")).toBe("/");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/");
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl("http://localhost:3000/clusters/abc?x=1", "http://localhost:3000")).toBe("/clusters/abc?x=1");
    expect(safeCallbackUrl("http://evil.example/clusters", "http://localhost:3000")).toBe("/");
  });
});

describe("the magic-link e-mail", () => {
  const callback = "http://localhost:3000/api/auth/callback/email?callbackUrl=%2F&token=abc&email=a%40b.fr";

  it("points at the confirmation page with the same parameters", () => {
    expect(confirmationUrl(callback)).toBe(
      "http://localhost:3000/connexion/confirmer?callbackUrl=%2F&token=abc&email=a%40b.fr",
    );
  });

  it("says in French that the link lasts 10 minutes and serves once", () => {
    const email = magicLinkEmail("a@b.fr", callback, new Date("2026-11-23T10:10:00Z"));
    expect(email.subject).toMatch(/lien de connexion/);
    expect(email.text).toContain("/connexion/confirmer?");
    expect(email.text).toMatch(/expire à 11:10 \(dans 10 minutes\)/);
    expect(email.html).toContain('href="http://localhost:3000/connexion/confirmer?');
  });

  it("has a French message for every failure, and a generic one for the unknown", () => {
    expect(signInErrorMessage("Verification")).toMatch(/expiré.*déjà servi/);
    expect(signInErrorMessage("TropDeDemandes")).toMatch(/Trop de demandes/);
    expect(signInErrorMessage("Nimporte")).toMatch(/Une erreur est survenue/);
  });
});
