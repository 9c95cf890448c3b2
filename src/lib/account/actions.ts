"use server";

import { scopedAction } from "@/lib/actions/server";
import { SignOutEverywhereInput } from "./schemas";
import { signOutEverywhere } from "./mutations";

/** Every role may end its own sessions; the browser then goes to the sign-in page. */
export const signOutEverywhereAction = scopedAction(SignOutEverywhereInput, "home:read", (_input, scope) =>
  signOutEverywhere(scope),
);
