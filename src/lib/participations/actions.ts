"use server";

import { revalidatePath } from "next/cache";
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

/** The cluster's tabs show the participation (list, company page, diagnostics): all of them refresh. */
const refreshCluster = <R extends { clusterId: string }>(result: R): R => {
  revalidatePath(`/clusters/${result.clusterId}`, "layout");
  return result;
};

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
