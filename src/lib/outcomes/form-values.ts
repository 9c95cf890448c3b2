import { toDay } from "@/lib/dates/day";
import type { OutcomeKind, OutcomeStatus } from "@/generated/prisma/enums";

// A stored outcome as its forms start from (the outcome form, the follow-up questionnaire), without zod:
// days as "YYYY-MM-DD", an absent date or reference as an empty field.

type StoredOutcome = {
  kind: OutcomeKind;
  status: OutcomeStatus;
  signedAt: Date | null;
  depositedAt: Date | null;
  depositReference: string | null;
  domains: string[];
};

export function outcomeFormValues(row: StoredOutcome) {
  return {
    kind: row.kind,
    status: row.status,
    signedAt: row.signedAt ? toDay(row.signedAt) : "",
    depositedAt: row.depositedAt ? toDay(row.depositedAt) : "",
    depositReference: row.depositReference ?? "",
    domains: row.domains,
  };
}
