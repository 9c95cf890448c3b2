import type { ParticipationDetail } from "@/lib/participations/queries";
import { PAIR_SIDE_LABELS } from "@/lib/clusters/labels";
import { formatDate } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { PairMemberLine } from "./pair-member-line";
import { PairMemberActions } from "./pair-member-actions";

/** The pair of a company: its two seats, what may be done with each, and who sat there before. */
export function PairCard({ detail, canEdit }: { detail: ParticipationDetail; canEdit: boolean }) {
  return (
    <Card title="Le binôme" headingLevel={3}>
      {detail.pair.length ? (
        <ul className="space-y-5">
          {detail.pair.map((member) => (
            <li key={member.id} className="border-l-2 border-france-200 pl-3">
              <PairMemberLine member={member} showEmail />
              {canEdit && (
                <PairMemberActions
                  member={{
                    id: member.id,
                    side: member.side,
                    name: member.name,
                    hasEmail: Boolean(member.email),
                    invited: member.invitation.kind !== "not-invited",
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">Aucun membre en place.</p>
      )}
      {detail.formerMembers.length > 0 && (
        <>
          <h4 className="mt-6 font-bold">Anciens membres</h4>
          <ul className="mt-2 space-y-1 text-sm">
            {detail.formerMembers.map((member) => (
              <li key={member.id}>
                {PAIR_SIDE_LABELS[member.side]} : {member.name}, du {formatDate(member.startedAt)} au {formatDate(member.endedAt)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
