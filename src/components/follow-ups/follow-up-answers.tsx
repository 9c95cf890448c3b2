import type { CompanyFollowUp } from "@/lib/follow-ups/queries";
import { SATISFACTION_LABELS, SATISFACTION_VALUES } from "@/lib/evaluations/labels";
import { OUTCOME_KIND_LABELS, outcomeStatusLabel } from "@/lib/outcomes/rules";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { formatDate } from "@/lib/format/fr";

/** The follow-up's answers as read by who does not answer (the national team, the other members). */
export function FollowUpAnswers({ followUp }: { followUp: CompanyFollowUp }) {
  const { answers } = followUp;
  const satisfaction = SATISFACTION_VALUES.find((value) => Number(value) === answers.satisfaction);
  return (
    <dl className="space-y-3">
      <div>
        <dt className="font-bold">Accords et plans</dt>
        <dd>
          {followUp.outcomes.length ? (
            <ul className="list-disc pl-5">
              {followUp.outcomes.map((o) => (
                <li key={o.id}>
                  {OUTCOME_KIND_LABELS[o.kind]} {THEME_LABELS[o.theme].toLowerCase()} : {outcomeStatusLabel(o.kind, o.status).toLowerCase()}
                  {o.signedAt && ` le ${formatDate(o.signedAt)}`}
                  {o.depositReference && ` (dépôt ${o.depositReference})`}
                </li>
              ))}
            </ul>
          ) : (
            "aucun enregistré"
          )}
        </dd>
      </div>
      <div>
        <dt className="font-bold">Les actions menées depuis la fin du cluster</dt>
        <dd className="whitespace-pre-line">{answers.actionsCarriedOut ?? "—"}</dd>
      </div>
      <div>
        <dt className="font-bold">Ce que le cluster a changé</dt>
        <dd className="whitespace-pre-line">{answers.changes ?? "—"}</dd>
      </div>
      <div>
        <dt className="font-bold">Satisfaction</dt>
        <dd>{satisfaction ? SATISFACTION_LABELS[satisfaction] : "—"}</dd>
      </div>
    </dl>
  );
}
