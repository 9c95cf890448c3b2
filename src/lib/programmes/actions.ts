"use server";

import { refreshAfter } from "@/lib/actions/refresh";
import { scopedAction } from "@/lib/actions/server";
import { ProgrammeInput, UpdateProgrammeInput } from "./schemas";
import { createProgramme, updateProgramme } from "./mutations";

// The national administrator (national programmes) and an Aract administrator (the Aract's regional ones)
// share these actions: the mutations find which programmes the caller owns from the scope.
const PATH = "/administration/programmes";

export const createProgrammeAction = scopedAction(ProgrammeInput, "programme:manage", (input, scope) =>
  refreshAfter(PATH, createProgramme(scope, input)),
);
export const updateProgrammeAction = scopedAction(UpdateProgrammeInput, "programme:manage", (input, scope) =>
  refreshAfter(PATH, updateProgramme(scope, input)),
);
