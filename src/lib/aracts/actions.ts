"use server";

import { refreshAfter } from "@/lib/actions/refresh";
import { nationalAction } from "@/lib/actions/server";
import { AppointAdminInput, AractIdInput, AractInput, UpdateAractInput } from "./schemas";
import { appointAractAdmin, createAract, setAractActive, updateAract } from "./mutations";

const PATH = "/administration/aracts";

export const createAractAction = nationalAction(AractInput, "aract:manage", (input, scope) =>
  refreshAfter(PATH, createAract(scope, input)),
);
export const updateAractAction = nationalAction(UpdateAractInput, "aract:manage", (input, scope) =>
  refreshAfter(PATH, updateAract(scope, input)),
);
export const deactivateAractAction = nationalAction(AractIdInput, "aract:manage", (input, scope) =>
  refreshAfter(PATH, setAractActive(scope, input, false)),
);
export const reactivateAractAction = nationalAction(AractIdInput, "aract:manage", (input, scope) =>
  refreshAfter(PATH, setAractActive(scope, input, true)),
);
export const appointAractAdminAction = nationalAction(AppointAdminInput, "aract:manage", (input, scope) =>
  refreshAfter(PATH, appointAractAdmin(scope, input)),
);
