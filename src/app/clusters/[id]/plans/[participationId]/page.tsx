import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getActionPlan } from "@/lib/action-plans/queries";
import { planChangeProblem } from "@/lib/action-plans/rules";
import { can } from "@/lib/auth/policy";
import { ActionPlanProgress } from "@/components/action-plans/action-plan-progress";
import { ActionPlanEditor } from "@/components/action-plans/action-plan-editor";
import { AddActionForm } from "@/components/action-plans/action-forms";
import { PlanSummaryForm } from "@/components/action-plans/plan-summary-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Plan d'actions de l'entreprise" };

type Props = { params: Promise<{ id: string; participationId: string }> };

export default async function ActionPlanPage({ params }: Props) {
  const { scope, cluster } = await requireClusterPage(params, "action-plan:read");
  const { participationId } = await params;
  const plan = await getActionPlan(scope, cluster.id, participationId);
  if (!plan) notFound();
  const problem = planChangeProblem(plan.clusterStatus, plan.participationStatus);
  const canEdit = can(scope.role, "action-plan:write") && !problem;
  const base = { participationId: plan.participationId, version: plan.version, loaded: plan.snapshot };
  const summary = plan.snapshot.summary;

  return (
    <div className="space-y-6">
      {scope.role !== "COMPANY_MEMBER" && (
        <nav aria-label="Retour" className="text-sm">
          <Link href={`/clusters/${cluster.id}/plans`}>← Plans d'actions du cluster</Link>
        </nav>
      )}
      <div>
        <h2 className="text-2xl font-bold">Plan d'actions de {plan.companyName}</h2>
        <p className="mt-2 max-w-3xl text-muted">
          Construit ensemble par le binôme et l'Aract à partir des{" "}
          <Link href={`/clusters/${cluster.id}/diagnostics`}>diagnostics</Link>. Chacun·e peut le modifier : si
          quelqu'un l'a changé pendant que vous le modifiiez, vous le saurez, et rien de ce que vous avez saisi ne sera perdu.
        </p>
      </div>
      {problem && <Notice tone="info">{problem}</Notice>}
      {!problem && !canEdit && <Notice tone="info">Vous consultez ce plan ; seuls le binôme et l'Aract le modifient.</Notice>}
      <ActionPlanProgress progress={plan.progress} />
      <Card title="Résumé" headingLevel={3}>
        {canEdit ? (
          <PlanSummaryForm base={base} summary={summary} />
        ) : (
          <p className="whitespace-pre-line">{summary ?? "Pas encore de résumé."}</p>
        )}
      </Card>
      <section aria-labelledby="plan-actions" className="space-y-4">
        <h3 id="plan-actions" className="text-lg font-bold">
          Actions
        </h3>
        <ActionPlanEditor base={base} actions={plan.actions} domains={plan.domains} canEdit={canEdit} />
      </section>
      {canEdit && (
        <Card title="Ajouter une action" headingLevel={3}>
          <AddActionForm base={base} domains={plan.domains} />
        </Card>
      )}
    </div>
  );
}
