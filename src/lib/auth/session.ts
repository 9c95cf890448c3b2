import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

/** The only caller of next-auth's session: the signed-in user's id, or null. */
export async function getSessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user as { id?: string } | undefined;
  return user?.id ?? null;
}
