import { RESPONSE_STATE_LABELS, type ResponseState } from "@/lib/diagnostics/rules";
import { Badge } from "@/components/ui/badge";

const TONES = { NOT_STARTED: "neutral", DRAFT: "info", SUBMITTED: "success" } as const;

/** Where a pair member stands on a diagnostic, in words (the colour only repeats them). */
export function ResponseStateBadge({ state }: { state: ResponseState | "VACANT" }) {
  if (state === "VACANT") return <Badge>Siège vacant</Badge>;
  return <Badge tone={TONES[state]}>{RESPONSE_STATE_LABELS[state]}</Badge>;
}
