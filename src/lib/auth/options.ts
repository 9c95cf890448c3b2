import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-expiry";
import { systemDb } from "@/lib/db";
import { env } from "@/env";
import { enqueueEmail } from "@/lib/email/mutations";
import { findUserWithAccess } from "./access";
import { magicLinkEmail } from "./magic-link-email";
import { recordAudit } from "@/lib/audit/record";
import { oidcProvider } from "./oidc";

export const MAGIC_LINK_MAX_AGE_SECONDS = 10 * 60;

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (options) return options;
  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = env();
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME, OIDC_USERINFO_SIGNED_ALG } = env();
  const oidc =
    OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET
      ? oidcProvider({
          issuer: OIDC_ISSUER,
          clientId: OIDC_CLIENT_ID,
          clientSecret: OIDC_CLIENT_SECRET,
          name: OIDC_NAME,
          userinfoSignedAlg: OIDC_USERINFO_SIGNED_ALG,
        })
      : null;
  options = {
    secret: NEXTAUTH_SECRET,
    useSecureCookies: NEXTAUTH_URL.startsWith("https://"),
    adapter: withSessionActivity(PrismaAdapter(systemDb as never) as Adapter),
    // Database sessions: removing someone's access ends their session at once.
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    pages: { signIn: "/connexion", verifyRequest: "/connexion/verifier", error: "/connexion/erreur" },
    providers: [
      EmailProvider({
        from: env().EMAIL_FROM,
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        // Unknown addresses get the same answer and no e-mail: accounts are created by the Aracts.
        async sendVerificationRequest({ identifier, url, expires }) {
          if (!(await findUserWithAccess(identifier))) return;
          await enqueueEmail(magicLinkEmail(identifier, url, expires));
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ user, email }) {
        if (email?.verificationRequest) return true;
        return Boolean(user.email && (await findUserWithAccess(user.email)));
      },
      async session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id } };
      },
    },
    events: {
      async signIn({ user, account }) {
        await systemDb.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        await recordAudit(systemDb, {
          actorId: user.id,
          aractId: null,
          action: "auth.sign-in",
          entityType: "User",
          entityId: user.id,
          changes: { provider: account?.provider ?? "email" },
        });
      },
    },
  };
  return options;
}

/**
 * next-auth's session endpoint (called by the session keeper, see SessionKeeper) pushes a session's end
 * back like sessionUserId does: that use is activity too. The Prisma adapter writes the fields it is given.
 */
function withSessionActivity(adapter: Adapter): Adapter {
  const { updateSession } = adapter;
  if (!updateSession) return adapter;
  return {
    ...adapter,
    updateSession: (session) => {
      const withActivity = { ...session, lastActivityAt: new Date() };
      return updateSession(withActivity);
    },
  };
}
