import type { ParticipationDetail } from "@/lib/participations/queries";
import { PARTICIPATION_STATUS_LABELS } from "@/lib/clusters/labels";

// Moments, not calendar days: shown on the French clock.
const day = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

/** The participation's statuses, oldest first, with who changed them and why. */
export function ParticipationHistory({ history }: { history: ParticipationDetail["history"] }) {
  if (!history.length) return <p className="text-sm">Aucun changement enregistré.</p>;
  return (
    <ol className="space-y-2 text-sm">
      {history.map((change) => (
        <li key={change.id} className="border-l-2 border-france-200 pl-3">
          <span className="font-medium">{day.format(change.at)}</span> :{" "}
          {change.from ? `${PARTICIPATION_STATUS_LABELS[change.from]} → ` : ""}
          {PARTICIPATION_STATUS_LABELS[change.to]}
          {change.by && <span className="text-muted"> · par {change.by}</span>}
          {change.note && <span className="block">Motif : {change.note}</span>}
        </li>
      ))}
    </ol>
  );
}
