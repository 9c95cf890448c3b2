import type { ApplicationStatus } from "@/generated/prisma/enums";

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  PENDING: "À examiner",
  ACCEPTED: "Acceptée",
  DECLINED: "Refusée",
};

export const APPLICATION_STATUS_TONES = { PENDING: "warning", ACCEPTED: "success", DECLINED: "neutral" } as const;

/** The tabs of the applications list, in words. */
export const APPLICATION_TAB_LABELS: Record<ApplicationStatus, string> = {
  PENDING: "À examiner",
  ACCEPTED: "Acceptées",
  DECLINED: "Refusées",
};

/** The tabs of the applications list, as kept in its address (?statut=…). */
export const APPLICATION_STATUS_PARAMS: Record<ApplicationStatus, string> = {
  PENDING: "a-examiner",
  ACCEPTED: "acceptees",
  DECLINED: "refusees",
};
