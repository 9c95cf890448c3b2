import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getClusterPlanProgress, listClusterPlans } from "@/lib/action-plans/queries";
import { ClusterPlanProgressSummary } from "@/components/action-plans/action-plan-progress";
import { PlansTable } from "@/components/action-plans/plans-table";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Plans d'actions" };

type Props = { params: Promise<{ id: string }> };

export default async function ActionPlansPage({ params }: Props) {
  const { scope, cluster } = await requireClusterPage(params, "action-plan:read");
  const plans = await listClusterPlans(scope, cluster.id);
  // A pair member has one plan in the cluster, their company's: they go straight to it.
  if (scope.role === "COMPANY_MEMBER" && plans.length === 1) redirect(`/clusters/${cluster.id}/plans/${plans[0]!.participationId}`);
  const summary = await getClusterPlanProgress(scope, cluster.id);
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-2xl font-bold">Plans d'actions</h2>
        <p className="mt-2 max-w-3xl text-muted">
          Chaque entreprise construit son plan d'actions avec son binôme et l'Aract, à partir de son diagnostic : des
          actions avec leur domaine, leur objectif, leur porteur, leur échéance, leur indicateur et leur avancement.
        </p>
      </div>
      <Card title="Avancement du cluster" headingLevel={3}>
        <ClusterPlanProgressSummary summary={summary} />
      </Card>
      <PlansTable clusterId={cluster.id} plans={plans} />
    </div>
  );
}
