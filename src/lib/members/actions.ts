"use server";

import { refreshCluster } from "@/lib/clusters/refresh";
import { aractAction } from "@/lib/actions/server";
import {
  AddMemberInput,
  AddSteeringMeetingInput,
  DeleteSteeringMeetingInput,
  RemoveMemberInput,
  SetMemberDiagnosticsInput,
  SetSteeringInput,
} from "./schemas";
import {
  addMember,
  addSteeringMeeting,
  deleteSteeringMeeting,
  removeMember,
  setMemberDiagnostics,
  setSteering,
} from "./mutations";

export const addMemberAction = aractAction(AddMemberInput, "company:write", async (input, scope) =>
  refreshCluster(await addMember(scope, input)),
);

export const removeMemberAction = aractAction(RemoveMemberInput, "company:write", async (input, scope) =>
  refreshCluster(await removeMember(scope, input)),
);

export const setSteeringAction = aractAction(SetSteeringInput, "company:write", async (input, scope) =>
  refreshCluster(await setSteering(scope, input)),
);

export const addSteeringMeetingAction = aractAction(AddSteeringMeetingInput, "company:write", async (input, scope) =>
  refreshCluster(await addSteeringMeeting(scope, input)),
);

export const deleteSteeringMeetingAction = aractAction(DeleteSteeringMeetingInput, "company:write", async (input, scope) =>
  refreshCluster(await deleteSteeringMeeting(scope, input)),
);

export const setMemberDiagnosticsAction = aractAction(SetMemberDiagnosticsInput, "company:write", async (input, scope) =>
  refreshCluster(await setMemberDiagnostics(scope, input)),
);
