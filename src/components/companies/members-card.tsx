import type { ParticipationDetail } from "@/lib/participations/queries";
import { Card } from "@/components/ui/card";
import { SeatList } from "./seat-list";
import { AddMember } from "./add-member-form";

/** The company's people beyond its pair: référent·es, comité de pilotage, managers, santé au travail… */
export function MembersCard({ detail, canEdit }: { detail: ParticipationDetail; canEdit: boolean }) {
  return (
    <Card title="Autres membres de l'entreprise" headingLevel={3}>
      <p className="mb-4 text-sm text-muted">
        Au-delà du binôme, les personnes qui portent la démarche dans l'entreprise. Invitées, elles accèdent à
        l'espace de l'entreprise ; leurs présences aux séances sont relevées comme celles du binôme.
      </p>
      {detail.members.length ? (
        <SeatList seats={detail.members} canEdit={canEdit} columns />
      ) : (
        <p className="text-sm">Aucun autre membre.</p>
      )}
      {canEdit && <AddMember participationId={detail.id} />}
    </Card>
  );
}
