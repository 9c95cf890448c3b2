import type { StaffRole } from "@/generated/prisma/enums";

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  NATIONAL_ADMIN: "Administration nationale",
  NATIONAL: "Équipe nationale",
  ARACT_ADMIN: "Administration",
  CHARGE_DE_MISSION: "Chargé·e de mission",
};
