"use server";

import { refreshAfter } from "@/lib/actions/refresh";
import { aractAction } from "@/lib/actions/server";
import { ChangeRoleInput, DeactivateStaffInput, InviteStaffInput, UserIdInput } from "./schemas";
import {
  changeStaffRole,
  deactivateStaff,
  inviteStaffMember,
  reactivateStaff,
  resendStaffInvitation,
} from "./mutations";

const PATH = "/administration/utilisateurs";

export const inviteStaffAction = aractAction(InviteStaffInput, "user:manage", (input, scope) =>
  refreshAfter(PATH, inviteStaffMember(scope, input)),
);
export const resendStaffInvitationAction = aractAction(UserIdInput, "user:manage", (input, scope) =>
  resendStaffInvitation(scope, input),
);
export const changeStaffRoleAction = aractAction(ChangeRoleInput, "user:manage", (input, scope) =>
  refreshAfter(PATH, changeStaffRole(scope, input)),
);
export const deactivateStaffAction = aractAction(DeactivateStaffInput, "user:manage", (input, scope) =>
  refreshAfter(PATH, deactivateStaff(scope, input)),
);
export const reactivateStaffAction = aractAction(UserIdInput, "user:manage", (input, scope) =>
  refreshAfter(PATH, reactivateStaff(scope, input)),
);
