import "server-only";
import { env } from "@/env";

/** Which sign-in methods are offered: the magic link always, OpenID Connect when configured. */
export function listSignInProviders(): { oidc: string | null } {
  const { OIDC_ISSUER, OIDC_NAME } = env();
  return { oidc: OIDC_ISSUER ? OIDC_NAME : null };
}
