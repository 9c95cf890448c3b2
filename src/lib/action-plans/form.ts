import type { ActionInput } from "./schemas";
import type { ActionSnapshot } from "./rules";

// What the plan's forms share with the server, without zod (see schemas.ts): kept apart so that the
// editor's first load carries none of it.

/** The field the refusal of a stale save is attached to, so that forms can tell it from other errors. */
export const STALE_FIELD = "version";

export const EMPTY_ACTION: ActionInput = {
  domain: "",
  objective: "",
  owner: "",
  dueDate: "",
  indicator: "",
  status: "PLANNED",
};

/** An action of the plan as its edit form starts from it. */
export function actionToInput(action: Omit<ActionSnapshot, "id">): ActionInput {
  return {
    domain: action.domain,
    objective: action.objective,
    owner: action.owner,
    dueDate: action.dueDate ?? "",
    indicator: action.indicator ?? "",
    status: action.status,
  };
}
