// A signed-in national session without going through the sign-in e-mail: sessions are next-auth database
// sessions, so a Session row and its token in the cookie are all the app looks at.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { DEMO_ACCOUNTS } from "../../../src/lib/demo/accounts.ts";
import { SESSION_COOKIES } from "../../../src/lib/auth/cookies.ts";

const ID_PREFIX = "bench-session-";

export type BenchSession = { cookie: string; close: () => Promise<void> };

export async function openNationalSession(client: pg.Client): Promise<BenchSession> {
  const national = DEMO_ACCOUNTS.find((account) => account.role === "NATIONAL")!;
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [national.email]);
  if (!rows[0]) throw new Error(`Le compte national de démonstration (${national.email}) manque dans la base.`);
  // Sessions left by an interrupted run.
  await client.query(`DELETE FROM "Session" WHERE id LIKE $1`, [`${ID_PREFIX}%`]);
  const token = randomBytes(32).toString("hex");
  const id = `${ID_PREFIX}${token.slice(0, 12)}`;
  await client.query(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
    [id, token, rows[0].id],
  );
  return {
    // Plain http: the cookie name without the __Secure- prefix.
    cookie: `${SESSION_COOKIES[0]}=${token}`,
    close: async () => {
      await client.query(`DELETE FROM "Session" WHERE id = $1`, [id]);
    },
  };
}
