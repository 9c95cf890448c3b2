import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getCompanyEvaluationForEdit } from "@/lib/evaluations/queries";
import { canBeEvaluated } from "@/lib/evaluations/schemas";
import { EvaluationForm } from "@/components/evaluations/evaluation-form";

export const metadata: Metadata = { title: "Évaluation d'une entreprise" };

type Props = { params: Promise<{ id: string; participationId: string }> };

export default async function CompanyEvaluationPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:write");
  if (!canEdit || !canBeEvaluated(cluster.status)) notFound();
  const { participationId } = await params;
  const edit = await getCompanyEvaluationForEdit(scope, cluster.id, participationId);
  if (!edit) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/clusters/${cluster.id}/evaluation`}>Retour à l'évaluation</Link>
      </p>
      <h2 className="text-2xl font-bold">Évaluation de {edit.companyName}</h2>
      <EvaluationForm idPrefix="company" defaultValues={edit.values} afterSave={`/clusters/${cluster.id}/evaluation`} />
    </div>
  );
}
