import type { EvaluationView } from "@/lib/evaluations/queries";
import { SATISFACTION_LABELS } from "@/lib/evaluations/labels";
import { formatDate } from "@/lib/format/fr";

export function satisfactionLabel(satisfaction: number | null): string {
  return satisfaction
    ? SATISFACTION_LABELS[String(satisfaction) as keyof typeof SATISFACTION_LABELS]
    : "non renseignée";
}

/** An evaluation, read only. */
export function EvaluationDetails({ evaluation }: { evaluation: EvaluationView }) {
  return (
    <>
      <dl className="space-y-3">
        <div>
          <dt className="text-sm text-muted">Ce qui a été fait</dt>
          <dd className="whitespace-pre-line">{evaluation.whatWasDone}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Satisfaction</dt>
          <dd>{satisfactionLabel(evaluation.satisfaction)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Résultats</dt>
          <dd className="whitespace-pre-line">{evaluation.results}</dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-muted">Mise à jour le {formatDate(evaluation.updatedAt)}.</p>
    </>
  );
}
