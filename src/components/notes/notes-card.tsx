import type { ParticipationNotes } from "@/lib/notes/queries";
import { Card } from "@/components/ui/card";
import { NotesForm } from "./notes-form";

const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });

/** The chargé·e de mission's working notes on the company, on its page. */
export function NotesCard({ notes, canEdit }: { notes: ParticipationNotes; canEdit: boolean }) {
  return (
    <div id="notes" className="scroll-mt-4">
      <Card title="Notes de suivi" headingLevel={3}>
        {notes.lastEdit && (
          <p className="mb-3 text-sm text-muted">
            Dernière modification par {notes.lastEdit.by}, le {dateTime.format(notes.lastEdit.at)}.
          </p>
        )}
        {canEdit ? (
          <NotesForm
            participationId={notes.participationId}
            notes={notes.notes}
            version={notes.version}
            lastEditedBy={notes.lastEdit?.by ?? null}
          />
        ) : (
          <p className="whitespace-pre-line">{notes.notes || "Aucune note."}</p>
        )}
      </Card>
    </div>
  );
}
