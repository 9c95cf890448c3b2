import Link from "next/link";
import type { SessionRow } from "@/lib/sessions/queries";
import { isUpcoming, slotText, recordedCount, SESSION_STATE_BADGES, sessionState } from "@/lib/sessions/rules";
import { formatWeekdayDate } from "@/lib/format/fr";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";
import { AttendanceSummary } from "./attendance-summary";

function SessionStatus({ session, today }: { session: SessionRow; today: string }) {
  const { label, tone } = SESSION_STATE_BADGES[sessionState(session, today)];
  return <Badge tone={tone}>{label}</Badge>;
}

function RateCell({ session, today, expected }: { session: SessionRow; today: string; expected: number }) {
  if (session.cancelled || !session.counts) return <span className="text-muted">sans objet</span>;
  if (recordedCount(session.counts) === 0) {
    return <span className="text-muted">{isUpcoming(session, today) ? "pas encore tenue" : "présences à saisir"}</span>;
  }
  return <AttendanceSummary counts={session.counts} expected={expected} />;
}

/** The cluster's sessions in date order; a cancelled one is struck through and says so in words. */
export function SessionTable({
  clusterId,
  sessions,
  today,
  expected,
  showAttendance,
}: {
  clusterId: string;
  sessions: SessionRow[];
  today: string;
  expected: number;
  showAttendance: boolean;
}) {
  if (!sessions.length) return <p className="rounded-sm border border-line bg-white p-5">Aucune séance planifiée pour l'instant.</p>;
  return (
    <Table
      variant="boxed"
      caption="Séances collectives du cluster, par date"
      columns={[
        { label: "Date" },
        { label: "Séance" },
        { label: "Lieu" },
        { label: "Statut" },
        showAttendance && { label: "Taux de présence" },
      ]}
    >
      <tbody>
        {sessions.map((session) => {
          const Title = session.cancelled ? "del" : "span";
          return (
            <tr key={session.id} className="border-b border-line last:border-0 align-top">
              <td className="px-4 py-3">
                <span className="block font-medium">{formatWeekdayDate(session.date)}</span>{" "}
                <span className="text-muted">
                  {slotText(session)}
                </span>
              </td>
              <th scope="row" className="px-4 py-3 font-normal">
                <Link href={`/clusters/${clusterId}/seances/${session.id}`}>
                  <Title>{session.title}</Title>
                </Link>
              </th>
              <td className="px-4 py-3">{session.place}</td>
              <td className="px-4 py-3">
                <SessionStatus session={session} today={today} />
              </td>
              {showAttendance && (
                <td className="px-4 py-3">
                  <RateCell session={session} today={today} expected={expected} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
