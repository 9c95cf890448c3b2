"use server";

import { revalidatePath } from "next/cache";
import { aractAction } from "@/lib/actions/server";
import { CancelSessionInput, CreateSessionInput, RecordAttendanceInput, UpdateSessionInput } from "./schemas";
import { cancelSession, createSession, recordAttendance, updateSession } from "./mutations";

/** The cluster's pages show its sessions (synthesis, tab, calendar): all of them are refreshed. */
async function refreshing<R extends { clusterId: string }>(result: Promise<R>): Promise<R> {
  const done = await result;
  revalidatePath(`/clusters/${done.clusterId}`, "layout");
  return done;
}

export const createSessionAction = aractAction(CreateSessionInput, "session:write", (input, scope) =>
  refreshing(createSession(scope, input)),
);

export const updateSessionAction = aractAction(UpdateSessionInput, "session:write", (input, scope) =>
  refreshing(updateSession(scope, input)),
);

export const cancelSessionAction = aractAction(CancelSessionInput, "session:write", (input, scope) =>
  refreshing(cancelSession(scope, input)),
);

export const recordAttendanceAction = aractAction(RecordAttendanceInput, "session:write", (input, scope) =>
  refreshing(recordAttendance(scope, input)),
);
