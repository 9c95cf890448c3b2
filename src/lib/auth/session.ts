import "server-only";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { SESSION_COOKIES } from "./cookies";

/** The only caller of next-auth's session: the signed-in user's id, or null. */
export async function getSessionUserId(): Promise<string | null> {
  // Without a session cookie there is nothing to look up (and no database round trip).
  const jar = await cookies();
  if (!SESSION_COOKIES.some((name) => jar.has(name))) return null;
  const session = await getServerSession(authOptions());
  const user = session?.user as { id?: string } | undefined;
  return user?.id ?? null;
}
