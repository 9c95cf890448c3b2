import type { SessionSummary } from "@/lib/sessions/queries";
import { halfDaysOf, SESSION_STATE_BADGES, sessionState, slotText } from "@/lib/sessions/rules";
import { capitalized, formatWeekdayDate, plural } from "@/lib/format/fr";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";

/** What a session is: title, day and hours, place (and video link), agenda; a cancelled one says so first. */
export function SessionFacts({ session, today }: { session: SessionSummary; today: string }) {
  const Title = session.cancelled ? "del" : "span";
  const badge = SESSION_STATE_BADGES[sessionState(session, today)];
  return (
    <div className="space-y-4">
      <h2 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
        <Title>{session.title}</Title>{" "}
        <Badge tone={badge.tone}>{badge.label}</Badge>
      </h2>
      {session.cancelled && <Notice tone="warning">Cette séance a été annulée.</Notice>}
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-muted">Date</dt>
          <dd className="font-medium">{formatWeekdayDate(session.date)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Horaire</dt>
          <dd className="font-medium">
            {capitalized(slotText(session))}
            <span className="block text-sm font-normal text-muted">{plural(halfDaysOf(session), "demi-journée", "demi-journées")}</span>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Lieu</dt>
          <dd className="font-medium">{session.place}</dd>
          {session.videoUrl && (
            <dd className="mt-1">
              <a href={session.videoUrl} rel="noopener noreferrer" target="_blank">
                Rejoindre la visioconférence
              </a>
            </dd>
          )}
        </div>
      </dl>
      <div>
        <h3 className="font-bold">Déroulé</h3>
        <p className="mt-1 max-w-3xl whitespace-pre-line">{session.agenda ?? "Déroulé à venir."}</p>
      </div>
    </div>
  );
}
