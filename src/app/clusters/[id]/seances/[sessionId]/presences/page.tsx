import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { todayInFrance } from "@/lib/dates/day";
import { formatWeekdayDate } from "@/lib/format/fr";
import { SLOT_LABELS } from "@/lib/clusters/labels";
import { getAttendanceSheet } from "@/lib/sessions/queries";
import { sheetName } from "@/lib/sessions/attendance-sheet";
import { isUpcoming } from "@/lib/sessions/rules";
import { Notice } from "@/components/ui/notice";
import { AttendanceSummary } from "@/components/sessions/attendance-summary";
import { AttendanceForm } from "@/components/sessions/attendance-form";
import { AttendanceTable } from "@/components/sessions/attendance-table";

type Props = { params: Promise<{ id: string; sessionId: string }> };

export const metadata: Metadata = { title: "Présences à une séance" };

export default async function AttendancePage({ params }: Props) {
  // Staff and national team: the attendance of every company is not for the companies' own members.
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:follow");
  const { sessionId } = await params;
  const sheet = await getAttendanceSheet(scope, cluster.id, sessionId);
  if (!sheet) notFound();
  const { session } = sheet;
  const today = todayInFrance();
  const expected = sheet.companies.reduce((sum, c) => sum + c.people.length, 0);
  const editable = canEdit && !session.cancelled;
  const companies = sheet.companies.map((c) => ({
    participationId: c.participationId,
    name: c.name,
    people: c.people.map((p) => ({ personId: p.personId, name: sheetName(p), jobTitle: p.jobTitle, label: p.label, status: p.status })),
  }));
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/clusters/${cluster.id}/seances/${session.id}`}>← La séance</Link>
      </p>
      <div>
        <h2 className="text-2xl font-bold">Présences : {session.title}</h2>
        <p className="mt-1 text-muted">
          {formatWeekdayDate(session.date)}, {SLOT_LABELS[session.slot]} · {session.place}
        </p>
      </div>
      {session.cancelled && <Notice tone="warning">Cette séance est annulée : on ne peut plus y saisir de présences.</Notice>}
      {isUpcoming(session, today) && (
        <Notice tone="warning" title="Séance à venir">
          Cette séance n'a pas encore eu lieu : vous pouvez préparer la feuille (excusé·es connu·es d'avance), les
          présences comptent dans les taux une fois la séance passée.
        </Notice>
      )}
      <p>
        Taux de présence : <AttendanceSummary counts={sheet.counts} expected={expected} />
      </p>
      {expected === 0 ? (
        <p>Aucune personne attendue : aucune entreprise du cluster n'a de binôme actif.</p>
      ) : editable ? (
        <AttendanceForm sessionId={session.id} companies={companies} />
      ) : (
        <AttendanceTable companies={companies} />
      )}
    </div>
  );
}
