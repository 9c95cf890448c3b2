import type { CompanyFollowUp } from "@/lib/follow-ups/queries";
import { FOLLOW_UP_STATE_LABELS, type FollowUpState } from "@/lib/follow-ups/rules";
import { formatDate, formatMoment, plural } from "@/lib/format/fr";
import { Badge } from "@/components/ui/badge";

export const STATE_TONES: Record<FollowUpState, "neutral" | "info" | "success" | "warning"> = {
  scheduled: "neutral",
  open: "info",
  answered: "success",
  unanswered: "warning",
};

export function FollowUpStateBadge({ state }: { state: FollowUpState }) {
  return <Badge tone={STATE_TONES[state]}>{FOLLOW_UP_STATE_LABELS[state]}</Badge>;
}

/** Where a company's follow-up stands: due when, which e-mails went, who answered. */
export function FollowUpStatus({ followUp }: { followUp: CompanyFollowUp }) {
  const [first, ...reminders] = followUp.messages;
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-bold">État</dt>
      <dd>
        <FollowUpStateBadge state={followUp.state} />
      </dd>
      <dt className="font-bold">Cluster terminé le</dt>
      <dd>{formatDate(followUp.closedOn)}</dd>
      <dt className="font-bold">Questionnaire ouvert le</dt>
      <dd>{formatDate(followUp.dueOn)}</dd>
      <dt className="font-bold">E-mail au binôme</dt>
      <dd>
        {first
          ? `envoyé le ${formatMoment(first.sentAt)} à ${plural(first.recipients, "personne")}`
          : followUp.state === "scheduled"
            ? "part le jour de l'ouverture"
            : "pas envoyé : aucun membre du binôme n'a encore de compte"}
      </dd>
      <dt className="font-bold">Relances</dt>
      <dd>
        {reminders.length
          ? `${plural(reminders.length, "relance")}, la dernière le ${formatMoment(reminders.at(-1)!.sentAt)}`
          : "aucune"}{" "}
        <span className="text-muted">(une par semaine pendant un mois, tant qu'il n'y a pas de réponse)</span>
      </dd>
      <dt className="font-bold">Réponse</dt>
      <dd>
        {followUp.submittedAt
          ? `le ${formatMoment(followUp.submittedAt)}${followUp.submittedBy ? ` par ${followUp.submittedBy}` : ""}`
          : "pas encore"}
      </dd>
    </dl>
  );
}
