import type { ParticipationDetail } from "@/lib/participations/queries";
import { formatDate } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { SeatList } from "./seat-list";

/** The pair of a company: its two seats, what may be done with each, and who sat in the company before. */
export function PairCard({ detail, canEdit }: { detail: ParticipationDetail; canEdit: boolean }) {
  return (
    <Card title="Le binôme" headingLevel={3}>
      {detail.pair.length ? <SeatList seats={detail.pair} canEdit={canEdit} /> : <p className="text-sm">Aucun membre en place.</p>}
      {detail.formerMembers.length > 0 && (
        <>
          <h4 className="mt-6 font-bold">Anciens membres</h4>
          <ul className="mt-2 space-y-1 text-sm">
            {detail.formerMembers.map((member) => (
              <li key={member.id}>
                {member.label} : {member.name}, du {formatDate(member.startedAt)} au {formatDate(member.endedAt)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
