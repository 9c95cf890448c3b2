import { describe, expect, it } from "vitest";
import { servedWithoutDatabase, unavailablePage } from "../../scripts/lib/availability.ts";

// What the app's server answers while the database is away (scripts/server.ts).
describe("the page answered while the database is away", () => {
  it("is French and offers to try the same page again", () => {
    const page = unavailablePage("/clusters?q=abc", "GET");
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain("<h1>Service momentanément indisponible</h1>");
    expect(page).toContain("Réessayez dans quelques instants");
    expect(page).toContain('<a href="/clusters?q=abc">Réessayer</a>');
  });

  it("never writes the address as markup, and sends a form's sender or another site's address home", () => {
    expect(unavailablePage('/x"><script>alert(1)</script>', "GET")).not.toContain("<script>");
    expect(unavailablePage("/clusters", "POST")).toContain('<a href="/">Réessayer</a>');
    expect(unavailablePage("//ailleurs.example/", "GET")).toContain('<a href="/">Réessayer</a>');
    expect(unavailablePage("http://ailleurs.example/", "GET")).toContain('<a href="/">Réessayer</a>');
  });

  it("is not answered for the build's files and the health check", () => {
    expect(servedWithoutDatabase("/_next/static/chunks/app.js")).toBe(true);
    expect(servedWithoutDatabase("/favicon.ico")).toBe(true);
    expect(servedWithoutDatabase("/api/health")).toBe(true);
    expect(servedWithoutDatabase("/connexion")).toBe(false);
    expect(servedWithoutDatabase("/_next/data/x.json")).toBe(false);
    expect(servedWithoutDatabase("/api/auth/signin/email")).toBe(false);
  });
});
