import { describe, expect, it } from "vitest";
import { oidcProvider, oidcUser } from "@/lib/auth/oidc";

describe("the OpenID Connect provider", () => {
  const settings = { issuer: "https://auth.exemple.gouv.fr/api/v2/", clientId: "id", clientSecret: "s", name: "ProConnect" };

  it("discovers the issuer's configuration and checks PKCE, state and nonce", () => {
    const provider = oidcProvider(settings) as unknown as Record<string, unknown>;
    expect(provider).toMatchObject({
      id: "oidc",
      name: "ProConnect",
      wellKnown: "https://auth.exemple.gouv.fr/api/v2/.well-known/openid-configuration",
      checks: ["pkce", "state", "nonce"],
      client: {},
    });
  });

  it("accepts signed userinfo responses when asked", () => {
    const provider = oidcProvider({ ...settings, userinfoSignedAlg: "RS256" }) as unknown as Record<string, unknown>;
    expect(provider.client).toEqual({ userinfo_signed_response_alg: "RS256" });
  });

  it("maps ProConnect's claims to a user", () => {
    expect(oidcUser({ sub: "abc", email: "Claire.Martin@Anact.fr", given_name: "Claire", usual_name: "Martin" })).toEqual({
      id: "abc",
      email: "claire.martin@anact.fr",
      name: "Claire Martin",
    });
    expect(oidcUser({ sub: "x", email: "a@b.fr" }).name).toBeNull();
  });
});
