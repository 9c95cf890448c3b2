import "server-only";
import { buildScope } from "./scope";
import { findUserIdByEmail } from "./queries";

/** The id of the user behind an address, when that user may use the platform today. */
export async function findUserWithAccess(email: string): Promise<string | null> {
  const userId = await findUserIdByEmail(email);
  return userId && (await buildScope(userId)) ? userId : null;
}
