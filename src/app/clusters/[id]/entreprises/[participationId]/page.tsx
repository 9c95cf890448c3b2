import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getParticipationDetail } from "@/lib/participations/queries";
import {
  completionProblem,
  participationChangeProblem,
  preDiagnosticWindow,
  reopeningProblem,
  withdrawalProblem,
} from "@/lib/participations/rules";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ParticipationStatusBadge } from "@/components/companies/participation-status-badge";
import { CompanyFacts } from "@/components/companies/company-facts";
import { PairCard } from "@/components/companies/pair-card";
import { MembersCard } from "@/components/companies/members-card";
import { SteeringCard } from "@/components/companies/steering-card";
import { PreDiagnosticCard } from "@/components/companies/pre-diagnostic-card";
import { ParticipationHistory } from "@/components/companies/participation-history";
import { ParticipationReasonForm } from "@/components/companies/participation-reason-form";
import { CompleteParticipationButton } from "@/components/companies/complete-participation-button";
import { getParticipationNotes } from "@/lib/notes/queries";
import { NotesCard } from "@/components/notes/notes-card";
import { getCompanyIndicators } from "@/lib/indicators/queries";
import { IndicatorsCard } from "@/components/indicators/indicators-card";
import { getFollowUp } from "@/lib/follow-ups/queries";
import { FollowUpCard } from "@/components/follow-ups/follow-up-card";

export const metadata: Metadata = { title: "Entreprise du cluster" };

type Props = {
  params: Promise<{ id: string; participationId: string }>;
  searchParams: Promise<{ inscrite?: string }>;
};

export default async function ParticipationPage({ params, searchParams }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:follow");
  const { participationId } = await params;
  const detail = await getParticipationDetail(scope, cluster.id, participationId);
  if (!detail) notFound();
  const { inscrite } = await searchParams;
  const [notes, indicators, followUp] = await Promise.all([
    getParticipationNotes(scope, cluster.id, detail.id),
    getCompanyIndicators(scope, cluster.id, detail.id),
    getFollowUp(scope, cluster.id, detail.id),
  ]);
  const editable = canEdit && !participationChangeProblem(cluster.status, detail.status);
  const canWithdraw = canEdit && !withdrawalProblem(cluster.status, detail.status);
  const canComplete = canEdit && !completionProblem(cluster.status, detail.status);
  const canReopen = canEdit && !reopeningProblem(cluster.status, detail.status);

  return (
    <>
      <nav aria-label="Retour" className="mb-4 text-sm">
        <Link href={`/clusters/${cluster.id}/entreprises`}>← Entreprises du cluster</Link>
      </nav>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h2 className="text-2xl font-bold">{detail.company.name}</h2>
        <ParticipationStatusBadge status={detail.status} />
      </div>
      <div className="space-y-4">
        {inscrite && detail.status !== "WITHDRAWN" && (
          <Notice tone="success" title="Entreprise inscrite">
            Invitez maintenant son binôme : chaque membre reçoit par e-mail un lien de connexion valable 7 jours.
          </Notice>
        )}
        {detail.status === "WITHDRAWN" && (
          <Notice tone="warning" title="Entreprise retirée du cluster">
            {detail.withdrawalReason && <p>Motif : {detail.withdrawalReason}</p>}
            <p>Son binôme n'a plus accès au cluster ; son historique reste consultable.</p>
          </Notice>
        )}
        <div className="grid gap-4 lg:grid-cols-2">
          <CompanyFacts detail={detail} />
          <PairCard detail={detail} canEdit={editable} />
        </div>
        <MembersCard detail={detail} canEdit={editable} />
        <SteeringCard detail={detail} canEdit={editable} />
        <PreDiagnosticCard detail={detail} canEdit={editable} bounds={preDiagnosticWindow(cluster)} />
        <div className="grid gap-4 lg:grid-cols-2">
          {indicators && <IndicatorsCard clusterId={cluster.id} indicators={indicators} />}
          {followUp && <FollowUpCard clusterId={cluster.id} followUp={followUp} />}
        </div>
        {notes && <NotesCard notes={notes} canEdit={canEdit} />}
        {canComplete && (
          <Card title="Fin du parcours" headingLevel={3}>
            <p className="mb-4 text-sm">
              Quand l'entreprise a suivi le cluster jusqu'au bout, son parcours est terminé : elle est comptée parmi les
              parcours terminés des rapports, et son binôme garde l'accès à son espace.
            </p>
            <CompleteParticipationButton participationId={detail.id} />
          </Card>
        )}
        {canReopen && (
          <Card title="Rouvrir le parcours" headingLevel={3}>
            <p className="mb-4 text-sm">L'entreprise redevient « Inscrite » ; le motif reste dans son historique.</p>
            <ParticipationReasonForm participationId={detail.id} move="reopen" />
          </Card>
        )}
        <Card title="Historique de la participation" headingLevel={3}>
          <ParticipationHistory history={detail.history} />
        </Card>
        {canWithdraw && (
          <Card title="Retirer l'entreprise" headingLevel={3}>
            <p className="mb-4 text-sm">
              L'entreprise reste dans la liste, marquée « Retirée », avec son historique ; son binôme perd l'accès au
              cluster.
            </p>
            <ParticipationReasonForm participationId={detail.id} move="withdraw" />
          </Card>
        )}
      </div>
    </>
  );
}
