import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getEvaluationOverview } from "@/lib/evaluations/queries";
import { canBeEvaluated, type EvaluationInput } from "@/lib/evaluations/schemas";
import { Card } from "@/components/ui/card";
import { ExportWorkbookLink } from "@/components/support/export-workbook-link";
import { ClusterStanding } from "@/components/evaluations/cluster-standing";
import { EvaluationDetails } from "@/components/evaluations/evaluation-view";
import { EvaluationForm } from "@/components/evaluations/evaluation-form";
import { CompanyEvaluationTable } from "@/components/evaluations/company-evaluation-table";

export const metadata: Metadata = { title: "Évaluation" };

type Props = { params: Promise<{ id: string }> };

export default async function EvaluationPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:follow");
  const overview = await getEvaluationOverview(scope, cluster.id);
  if (!overview) notFound();
  const editable = canEdit && canBeEvaluated(overview.status);
  const evaluation = overview.cluster;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 className="text-2xl font-bold">Évaluation</h2>
        <ExportWorkbookLink clusterId={cluster.id} />
      </div>
      <ClusterStanding
        status={overview.status}
        hasClusterEvaluation={evaluation !== null}
        evaluated={overview.companies.filter((c) => c.evaluation).length}
        companies={overview.companies.length}
        canEdit={canEdit}
      />
      <Card title="Évaluation du cluster" headingLevel={3}>
        {editable ? (
          <EvaluationForm
            idPrefix="cluster"
            defaultValues={{
              clusterId: cluster.id,
              participationId: "",
              whatWasDone: evaluation?.whatWasDone ?? "",
              satisfaction: evaluation?.satisfaction
                ? (String(evaluation.satisfaction) as EvaluationInput["satisfaction"])
                : null,
              results: evaluation?.results ?? "",
            }}
          />
        ) : evaluation ? (
          <EvaluationDetails evaluation={evaluation} />
        ) : (
          <p>Pas encore d'évaluation du cluster.</p>
        )}
      </Card>
      <CompanyEvaluationTable clusterId={cluster.id} companies={overview.companies} canEdit={editable} />
    </div>
  );
}
