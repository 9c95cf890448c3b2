import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { can } from "@/lib/auth/policy";
import { todayInFrance } from "@/lib/dates/day";
import { getSessionPlan, listClusterSessions, listCompanyAttendance } from "@/lib/sessions/queries";
import { sessionProgress } from "@/lib/sessions/rules";
import { ButtonLink } from "@/components/ui/button";
import { SessionProgressNotice } from "@/components/sessions/session-progress";
import { SessionTable } from "@/components/sessions/session-table";
import { CompanyAttendanceTable } from "@/components/sessions/company-attendance-table";
import { IcsLink, SessionViewsNav } from "@/components/sessions/session-views-nav";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Séances collectives" };

export default async function SessionsPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "session:read");
  const today = todayInFrance();
  const [plan, { sessions, expected }, companies] = await Promise.all([
    getSessionPlan(scope, cluster.id),
    listClusterSessions(scope, cluster.id),
    listCompanyAttendance(scope, cluster.id, today),
  ]);
  if (!plan) notFound();
  const progress = sessionProgress(plan.plannedCollectiveSessions, sessions, today);
  const staff = can(scope.role, "cluster:follow");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h2 className="text-2xl font-bold">Séances collectives</h2>
        {canEdit && <ButtonLink href={`/clusters/${cluster.id}/seances/nouvelle`}>Planifier une séance</ButtonLink>}
      </div>
      <SessionProgressNotice progress={progress} />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <SessionViewsNav clusterId={cluster.id} current="list" />
        <IcsLink clusterId={cluster.id} />
      </div>
      <SessionTable clusterId={cluster.id} sessions={sessions} today={today} expected={expected} showAttendance={staff} />
      <section aria-labelledby="assiduite" className="space-y-3">
        <h2 id="assiduite" className="text-xl font-bold">
          {staff ? "Assiduité par entreprise" : "Assiduité de votre entreprise"}
        </h2>
        <p className="max-w-3xl text-sm text-muted">
          Taux de présence : personnes présentes sur personnes dont la présence a été saisie. Une absence excusée compte
          comme une absence ; les séances annulées ou à venir ne comptent pas.
        </p>
        <CompanyAttendanceTable
          companies={companies}
          held={progress.held}
          caption={staff ? "Présences par entreprise" : "Présences de votre entreprise"}
        />
      </section>
    </div>
  );
}
