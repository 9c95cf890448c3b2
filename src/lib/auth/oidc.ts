import type { Provider } from "next-auth/providers/index";

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  /** ProConnect signs its userinfo responses (RS256). */
  userinfoSignedAlg?: string;
};

type OidcProfile = Record<string, string | undefined>;

/** An OpenID Connect provider for next-auth, compatible with ProConnect's scopes and signed userinfo. */
export function oidcProvider(settings: OidcSettings): Provider {
  return {
    id: "oidc",
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // ProConnect's scopes; other providers ignore the ones they do not know.
    authorization: { params: { scope: "openid email given_name usual_name" } },
    client: settings.userinfoSignedAlg ? { userinfo_signed_response_alg: settings.userinfoSignedAlg } : {},
    // The identity provider has verified the address: it may sign in to the account that holds it.
    allowDangerousEmailAccountLinking: true,
    profile: (profile: OidcProfile) => oidcUser(profile),
  };
}

export function oidcUser(profile: OidcProfile) {
  const name = [profile.given_name, profile.usual_name ?? profile.family_name].filter(Boolean).join(" ");
  return { id: String(profile.sub), email: String(profile.email ?? "").toLowerCase(), name: name || null };
}
