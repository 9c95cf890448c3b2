import type { ParticipationDetail } from "@/lib/participations/queries";
import { deleteSteeringMeetingAction } from "@/lib/members/actions";
import { formatDate } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { SteeringSeatToggle } from "./steering-seat-toggle";
import { SteeringMeetingForm } from "./steering-meeting-form";

/** The company's steering committee (comité de pilotage): who sits on it, and when it met. */
export function SteeringCard({ detail, canEdit }: { detail: ParticipationDetail; canEdit: boolean }) {
  const seats = [...detail.pair, ...detail.members];
  const members = seats.filter((seat) => seat.steering);
  return (
    <Card title="Comité de pilotage" headingLevel={3}>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="steering-members">
          <h4 id="steering-members" className="font-bold">
            Ses membres
          </h4>
          {canEdit ? (
            <>
              <p className="mt-1 text-sm text-muted">Cochez les personnes qui y siègent.</p>
              <ul className="mt-2 space-y-2">
                {seats.map((seat) => (
                  <SteeringSeatToggle key={seat.id} seat={seat} fixed={seat.role === "STEERING_COMMITTEE"} />
                ))}
              </ul>
            </>
          ) : members.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {members.map((seat) => (
                <li key={seat.id}>
                  {seat.name} <span className="text-muted">({seat.label})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm">Aucun membre désigné.</p>
          )}
        </section>
        <section aria-labelledby="steering-meetings">
          <h4 id="steering-meetings" className="font-bold">
            Ses réunions
          </h4>
          {detail.steeringMeetings.length ? (
            <ul className="mt-2 space-y-2 text-sm">
              {detail.steeringMeetings.map((meeting) => (
                <li key={meeting.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="font-medium">{formatDate(meeting.date)}</span>
                  {meeting.note && <span>{meeting.note}</span>}
                  {canEdit && (
                    <ConfirmedActionButton
                      label={`Supprimer la réunion du ${formatDate(meeting.date)}`}
                      confirmation="Cette réunion sera supprimée de la fiche de l'entreprise."
                      confirmLabel="Confirmer la suppression"
                      run={deleteSteeringMeetingAction.bind(null, { meetingId: meeting.id })}
                    />
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm">Aucune réunion enregistrée.</p>
          )}
          {canEdit && <SteeringMeetingForm participationId={detail.id} />}
        </section>
      </div>
    </Card>
  );
}
