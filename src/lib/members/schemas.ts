import { z } from "@/lib/forms/zod";
import { Day, optionalText } from "@/lib/forms/fields";
import { MemberRole } from "@/generated/prisma/enums";
import { PairPersonInput } from "@/lib/companies/schemas";

export const OTHER_ROLE_MESSAGE = "Précisez le rôle de cette personne.";

/** A further member of a company, beside its pair: a known person (found by e-mail) or a new one. */
export const AddMemberInput = z
  .object({
    participationId: z.string().min(1),
    role: z.enum(MemberRole, { error: "Choisissez le rôle de cette personne." }),
    roleLabel: optionalText(100),
    steering: z.boolean(),
    person: PairPersonInput,
  })
  .superRefine((input, ctx) => {
    if (input.role === "OTHER" && !input.roleLabel) ctx.addIssue({ code: "custom", path: ["roleLabel"], message: OTHER_ROLE_MESSAGE });
  });
export type AddMemberInput = z.input<typeof AddMemberInput>;

/** A further member leaves the company's approach: their seat ends, their history stays. */
export const RemoveMemberInput = z.object({ pairMemberId: z.string().min(1) });

/** A seat (of the pair or not) joins or leaves the company's steering committee. */
export const SetSteeringInput = z.object({ pairMemberId: z.string().min(1), steering: z.boolean() });

export const AddSteeringMeetingInput = z.object({
  participationId: z.string().min(1),
  date: Day,
  note: optionalText(1000),
});
export type AddSteeringMeetingInput = z.input<typeof AddSteeringMeetingInput>;

export const DeleteSteeringMeetingInput = z.object({ meetingId: z.string().min(1) });

/** The cluster's diagnostics answered by the further members too, as further views. */
export const SetMemberDiagnosticsInput = z.object({ clusterId: z.string().min(1), open: z.boolean() });
