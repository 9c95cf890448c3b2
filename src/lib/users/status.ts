/** Where a staff member stands: active, invited but never signed in, or deactivated. */
export type StaffStatus = "active" | "invited" | "disabled";

export function staffStatus(user: { disabled: boolean; lastSignInAt: Date | null }): StaffStatus {
  if (user.disabled) return "disabled";
  return user.lastSignInAt ? "active" : "invited";
}

export const STAFF_STATUS_LABELS: Record<StaffStatus, string> = {
  active: "Actif·ve",
  invited: "Invité·e, jamais connecté·e",
  disabled: "Désactivé·e",
};
