import type { Metadata } from "next";
import Link from "next/link";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getClusterTemplateChoices } from "@/lib/templates/queries";
import { ClusterTemplatesTable } from "@/components/templates/cluster-templates-table";
import { AddClusterTemplateForm } from "@/components/templates/add-cluster-template-form";

export const metadata: Metadata = { title: "Modèles de diagnostic du cluster" };

type Props = { params: Promise<{ id: string }> };

export default async function ClusterTemplatesPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "template:read");
  const { chosen, available } = await getClusterTemplateChoices(scope, cluster.id);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/clusters/${cluster.id}/diagnostics`}>← Diagnostics du cluster</Link>
      </p>
      <h2 className="text-2xl font-bold">Modèles de diagnostic</h2>
      <p className="mb-6 mt-2 max-w-3xl text-muted">
        Chaque entreprise du cluster remplit ces diagnostics : la direction et le ou la représentant·e du personnel y
        répondent chacun de leur côté. Un modèle garde sa version tant que vous ne la changez pas ; une fois qu'une
        réponse existe, il ne peut plus être retiré ni changer de version.{" "}
        <Link href="/modeles">Voir tous les modèles</Link>
      </p>
      <ClusterTemplatesTable clusterId={cluster.id} rows={chosen} canEdit={canEdit} />
      {canEdit && (
        <section aria-labelledby="add-template" className="mt-8">
          <h3 id="add-template" className="mb-3 text-lg font-bold">
            Ajouter un modèle
          </h3>
          {available.length > 0 ? (
            <AddClusterTemplateForm
              clusterId={cluster.id}
              options={available.map((t) => ({ value: t.key, label: `${t.title} – version ${t.version}` }))}
            />
          ) : (
            <p>Tous les modèles nationaux publiés sont déjà choisis pour ce cluster.</p>
          )}
        </section>
      )}
    </>
  );
}
