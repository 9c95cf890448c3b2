import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getClusterDistribution, listClusterCompletion } from "@/lib/diagnostics/cluster-view/queries";
import { SMALL_GROUP_MESSAGE } from "@/lib/diagnostics/rules";
import { plural } from "@/lib/format/fr";
import { Notice } from "@/components/ui/notice";
import { CompletionTable, completionSummary } from "@/components/diagnostics/completion-table";
import { DistributionView } from "@/components/diagnostics/distribution-view";

export const metadata: Metadata = { title: "Synthèse d'un diagnostic du cluster" };

type Props = { params: Promise<{ id: string; templateId: string }> };

/** For the Aract and the national team only: completion per company and the pooled answers of the cluster. */
export default async function ClusterDiagnosticSynthesisPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:follow");
  const { templateId } = await params;
  const [completion, distribution] = await Promise.all([
    listClusterCompletion(scope, cluster.id),
    getClusterDistribution(scope, cluster.id, templateId),
  ]);
  const template = completion.find((t) => t.templateId === templateId);
  if (!distribution || !template) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/clusters/${cluster.id}/diagnostics`}>← Tous les diagnostics</Link>
      </p>
      <h2 className="text-2xl font-bold">Synthèse du cluster : {template.title}</h2>
      <p className="mb-8 mt-2 max-w-3xl text-muted">
        L'avancement de chaque binôme, puis la répartition des réponses envoyées par l'ensemble des entreprises : aucune
        entreprise n'y voit les réponses d'une autre.
      </p>
      <section aria-labelledby="avancement" className="space-y-3">
        <h3 id="avancement" className="text-xl font-bold">
          Avancement
        </h3>
        <p>{completionSummary(template)}</p>
        {template.companies.length > 0 && <CompletionTable clusterId={cluster.id} completion={template} canEdit={canEdit} />}
      </section>
      <section aria-labelledby="repartition" className="mt-10 space-y-4">
        <h3 id="repartition" className="text-xl font-bold">
          Répartition des réponses
        </h3>
        <p className="text-muted">
          Sur les réponses envoyées : {plural(distribution.responseCount, "réponse")} de{" "}
          {plural(distribution.companyCount, "entreprise", "entreprises")}, direction et représentant·es du personnel ensemble.
        </p>
        {distribution.sections ? (
          <DistributionView sections={distribution.sections} />
        ) : (
          <Notice title="Répartition non affichée">{SMALL_GROUP_MESSAGE}</Notice>
        )}
      </section>
    </>
  );
}
