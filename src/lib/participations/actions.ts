"use server";

import { refreshCluster } from "@/lib/clusters/refresh";
import { aractAction } from "@/lib/actions/server";
import {
  CompleteParticipationInput,
  InviteClusterPairsInput,
  InvitePairMemberInput,
  PreDiagnosticInput,
  ReopenParticipationInput,
  ReplacePairMemberInput,
  WithdrawParticipationInput,
} from "./schemas";
import {
  completeParticipation,
  inviteClusterPairs,
  invitePairMember,
  reopenParticipation,
  replacePairMember,
  savePreDiagnostic,
  withdrawParticipation,
} from "./mutations";

export const withdrawParticipationAction = aractAction(
  WithdrawParticipationInput,
  "company:write",
  async (input, scope) => refreshCluster(await withdrawParticipation(scope, input)),
);

export const completeParticipationAction = aractAction(
  CompleteParticipationInput,
  "company:write",
  async (input, scope) => refreshCluster(await completeParticipation(scope, input)),
);

export const reopenParticipationAction = aractAction(
  ReopenParticipationInput,
  "company:write",
  async (input, scope) => refreshCluster(await reopenParticipation(scope, input)),
);

export const savePreDiagnosticAction = aractAction(PreDiagnosticInput, "company:write", async (input, scope) =>
  refreshCluster(await savePreDiagnostic(scope, input)),
);

export const invitePairMemberAction = aractAction(InvitePairMemberInput, "company:write", async (input, scope) =>
  refreshCluster(await invitePairMember(scope, input)),
);

export const replacePairMemberAction = aractAction(ReplacePairMemberInput, "company:write", async (input, scope) =>
  refreshCluster(await replacePairMember(scope, input)),
);

export const inviteClusterPairsAction = aractAction(InviteClusterPairsInput, "company:write", async (input, scope) =>
  refreshCluster(await inviteClusterPairs(scope, input)),
);
