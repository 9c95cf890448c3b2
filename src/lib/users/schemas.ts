import { z } from "@/lib/forms/zod";
import { requiredEmail, requiredText } from "@/lib/forms/fields";

// The forms of the network's administration: who is invited, with which role.

/** A staff member as an administrator types them: an address and a name. */
export const StaffIdentity = z.object({
  email: requiredEmail(),
  name: requiredText("le prénom et le nom", 120),
});
export type StaffIdentity = z.input<typeof StaffIdentity>;

/** The roles an Aract administrator gives within the Aract. */
export const ARACT_ROLES = ["ARACT_ADMIN", "CHARGE_DE_MISSION"] as const;
const AractRole = z.enum(ARACT_ROLES, { error: "Choisissez un rôle." });

export const InviteStaffInput = StaffIdentity.extend({ role: AractRole });
export type InviteStaffInput = z.input<typeof InviteStaffInput>;

export const ChangeRoleInput = z.object({ userId: z.string().min(1), role: AractRole });
export type ChangeRoleInput = z.input<typeof ChangeRoleInput>;

/** Deactivation hands every cluster the person was in charge of to a colleague, chosen per cluster. */
export const DeactivateStaffInput = z.object({
  userId: z.string().min(1),
  handovers: z
    .array(
      z.object({
        clusterId: z.string().min(1),
        toUserId: z
          .string({ error: "Choisissez à qui confier ce cluster." })
          .min(1, "Choisissez à qui confier ce cluster."),
      }),
    )
    .default([]),
});
export type DeactivateStaffInput = z.input<typeof DeactivateStaffInput>;

export const UserIdInput = z.object({ userId: z.string().min(1) });
export type UserIdInput = z.input<typeof UserIdInput>;
