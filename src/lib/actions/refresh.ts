import "server-only";
import { revalidatePath } from "next/cache";

/** Runs a change, then has Next render the pages under `path` anew (their lists show the change). */
export async function refreshAfter<T>(path: string, change: Promise<T>): Promise<T> {
  const value = await change;
  revalidatePath(path, "layout");
  return value;
}
