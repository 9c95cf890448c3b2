"use server";

import { revalidatePath } from "next/cache";
import { aractAction, nationalAction, publicAction } from "@/lib/actions/server";
import { AcceptApplicationInput, ApplicationInput, DeclineApplicationInput, RouteApplicationInput } from "./schemas";
import { acceptApplication, declineApplication, routeApplication, submitApplication } from "./mutations";

export const submitApplicationAction = publicAction(ApplicationInput, (input, { ip }) => submitApplication(input, ip));

export const acceptApplicationAction = aractAction(AcceptApplicationInput, "application:decide", async (input, scope) => {
  const result = await acceptApplication(scope, input);
  revalidatePath("/candidatures", "layout");
  revalidatePath(`/clusters/${result.clusterId}`, "layout");
  return result;
});

export const declineApplicationAction = aractAction(DeclineApplicationInput, "application:decide", async (input, scope) => {
  const result = await declineApplication(scope, input);
  revalidatePath("/candidatures", "layout");
  return result;
});

export const routeApplicationAction = nationalAction(RouteApplicationInput, "application:route", async (input, scope) => {
  const result = await routeApplication(scope, input);
  revalidatePath("/candidatures", "layout");
  return result;
});
