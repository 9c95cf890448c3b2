import type { CompanyFollowUp } from "@/lib/follow-ups/queries";
import { formatDate, plural } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { FollowUpStateBadge } from "./follow-up-status";

/** A company's follow-up on its page: when, where it stands, the way to the questionnaire. */
export function FollowUpCard({ clusterId, followUp }: { clusterId: string; followUp: CompanyFollowUp }) {
  const reminders = followUp.messages.filter((m) => m.week > 0).length;
  return (
    <Card title="Suivi après le cluster" headingLevel={3}>
      <p className="mb-2 flex flex-wrap items-center gap-2 text-sm">
        <FollowUpStateBadge state={followUp.state} />
        <span>questionnaire ouvert le {formatDate(followUp.dueOn)}</span>
      </p>
      <p className="mb-4 text-sm">
        {followUp.submittedAt
          ? `Répondu le ${formatDate(followUp.submittedAt)}${followUp.submittedBy ? ` par ${followUp.submittedBy}` : ""}.`
          : followUp.messages.length
            ? `E-mail envoyé au binôme${reminders ? `, ${plural(reminders, "relance")}` : ""}.`
            : "Le binôme reçoit un e-mail le jour de l'ouverture, puis une relance par semaine pendant un mois."}
      </p>
      <ButtonLink href={`/clusters/${clusterId}/suivi/${followUp.participationId}`} variant="secondary">
        {followUp.writable && !followUp.submittedAt && followUp.state !== "scheduled" ? "Saisir les réponses" : "Voir le suivi"}
      </ButtonLink>
    </Card>
  );
}
