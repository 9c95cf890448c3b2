import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { can } from "@/lib/auth/policy";
import { todayInFrance } from "@/lib/dates/day";
import { getAttendanceSheet, getSession } from "@/lib/sessions/queries";
import { listSessionResources } from "@/lib/resources/queries";
import { ResourceItem } from "@/components/resources/resource-card";
import { isUpcoming } from "@/lib/sessions/rules";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SessionFacts } from "@/components/sessions/session-facts";
import { AttendanceSummary } from "@/components/sessions/attendance-summary";
import { CancelSessionButton } from "@/components/sessions/cancel-session-button";

type Props = { params: Promise<{ id: string; sessionId: string }> };

export const metadata: Metadata = { title: "Séance collective" };

export default async function SessionPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "session:read");
  const { sessionId } = await params;
  const session = await getSession(scope, cluster.id, sessionId);
  if (!session) notFound();
  const staff = can(scope.role, "cluster:follow");
  const [sheet, supports] = await Promise.all([
    staff ? getAttendanceSheet(scope, cluster.id, session.id) : null,
    listSessionResources(scope, session.id),
  ]);
  const expected = sheet?.companies.reduce((sum, c) => sum + c.people.length, 0);
  const base = `/clusters/${cluster.id}/seances/${session.id}`;
  const open = canEdit && !session.cancelled;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/clusters/${cluster.id}/seances`}>← Toutes les séances</Link>
      </p>
      <SessionFacts session={session} today={todayInFrance()} />
      {staff && !session.cancelled && (
        <Card title="Présences et émargement">
          <div className="space-y-4">
            {sheet && (
              <p>
                {isUpcoming(session, todayInFrance()) ? "Présences déjà saisies : " : "Taux de présence : "}
                <AttendanceSummary counts={sheet.counts} expected={expected} />
              </p>
            )}
            <div className="flex flex-wrap items-center gap-4">
              <ButtonLink href={`${base}/presences`}>{open ? "Saisir les présences" : "Voir les présences"}</ButtonLink>
              <a href={`${base}/emargement`} download className="font-medium">
                Télécharger la feuille d'émargement (PDF)
              </a>
            </div>
          </div>
        </Card>
      )}
      <Card title="Supports de la séance">
        {supports.length === 0 ? (
          <p className="text-sm">Aucun support joint pour l'instant.</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {supports.map((resource) => (
              <ResourceItem key={resource.id} resource={resource} />
            ))}
          </div>
        )}
        {canEdit && (
          <p className="mt-4 text-sm">
            <Link href={`/clusters/${cluster.id}/ressources`}>Joindre un support depuis la bibliothèque</Link>
          </p>
        )}
      </Card>
      {open && (
        <div className="flex flex-wrap items-start gap-4">
          <ButtonLink href={`${base}/modifier`} variant="secondary">
            Modifier la séance
          </ButtonLink>
          <CancelSessionButton sessionId={session.id} title={session.title} />
        </div>
      )}
    </div>
  );
}
