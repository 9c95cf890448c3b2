// Signed-in sessions without going through the sign-in e-mail: sessions are next-auth database sessions, so
// a Session row and its token in the cookie are all the app looks at.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { SESSION_COOKIES } from "../../../src/lib/auth/cookies.ts";

const ID_PREFIX = "bench-session-";

export type BenchSessions = {
  /** The cookie of a session of the account with this e-mail, opened on first use. */
  cookieFor: (email: string) => Promise<string>;
  close: () => Promise<void>;
};

export async function openSessions(client: pg.Client): Promise<BenchSessions> {
  // Sessions left by an interrupted run.
  await client.query(`DELETE FROM "Session" WHERE id LIKE $1`, [`${ID_PREFIX}%`]);
  const cookies = new Map<string, string>();
  return {
    cookieFor: async (email) => {
      const known = cookies.get(email);
      if (known) return known;
      const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
      if (!rows[0]) throw new Error(`Le compte ${email} manque dans la base du banc d'essai.`);
      const token = randomBytes(32).toString("hex");
      await client.query(
        `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
        [`${ID_PREFIX}${token.slice(0, 12)}`, token, rows[0].id],
      );
      // Plain http: the cookie name without the __Secure- prefix.
      const cookie = `${SESSION_COOKIES[0]}=${token}`;
      cookies.set(email, cookie);
      return cookie;
    },
    close: async () => {
      await client.query(`DELETE FROM "Session" WHERE id LIKE $1`, [`${ID_PREFIX}%`]);
    },
  };
}
