import { z } from "@/lib/forms/zod";
import { Day, optionalText, requiredText } from "@/lib/forms/fields";
import { PairSide } from "@/generated/prisma/enums";
import { DIRECTION_EMAIL_MESSAGE, PairPersonInput } from "@/lib/companies/schemas";
import { emailRequired } from "./rules";

export const WithdrawParticipationInput = z.object({
  participationId: z.string().min(1),
  reason: requiredText("le motif du retrait", 1000),
});
export type WithdrawParticipationInput = z.input<typeof WithdrawParticipationInput>;

export const CompleteParticipationInput = z.object({ participationId: z.string().min(1) });

export const ReopenParticipationInput = z.object({
  participationId: z.string().min(1),
  reason: requiredText("le motif de la réouverture", 1000),
});
export type ReopenParticipationInput = z.input<typeof ReopenParticipationInput>;

export const PreDiagnosticInput = z.object({
  participationId: z.string().min(1),
  date: Day,
  findings: requiredText("les constats du pré-diagnostic", 5000),
  chosenProject: optionalText(1000),
});
export type PreDiagnosticInput = z.input<typeof PreDiagnosticInput>;

export const InvitePairMemberInput = z.object({ pairMemberId: z.string().min(1) });

/** Every pair member of a cluster's active companies who has an address and no invitation yet. */
export const InviteClusterPairsInput = z.object({ clusterId: z.string().min(1) });

/** A new person (or one the Aract knows, found by e-mail) takes the seat, on the same side. */
export const ReplacePairMemberInput = z
  .object({
    pairMemberId: z.string().min(1),
    side: z.enum(PairSide),
    person: PairPersonInput,
  })
  .superRefine((input, ctx) => {
    if (emailRequired(input.side) && !input.person.email) {
      ctx.addIssue({ code: "custom", path: ["person", "email"], message: DIRECTION_EMAIL_MESSAGE });
    }
  });
export type ReplacePairMemberInput = z.input<typeof ReplacePairMemberInput>;
