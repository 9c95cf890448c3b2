import { z } from "@/lib/forms/zod";

/** "Se déconnecter partout" takes nothing but the caller: whose sessions end comes from the session. */
export const SignOutEverywhereInput = z.object({});
export type SignOutEverywhereInput = z.infer<typeof SignOutEverywhereInput>;
