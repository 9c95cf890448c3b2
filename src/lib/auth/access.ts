import "server-only";
import { db } from "@/lib/db";
import { buildScope } from "./scope";

/** The id of the user behind an address, when that user may use the platform today. */
export async function findUserWithAccess(email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) return null;
  return (await buildScope(user.id)) ? user.id : null;
}
