import type { Metadata } from "next";
import Link from "next/link";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { listClusterPreDiagnostics } from "@/lib/participations/queries";
import { listMyDiagnostics } from "@/lib/diagnostics/queries";
import { listClusterCompletion } from "@/lib/diagnostics/cluster-view/queries";
import { formatNumber, plural } from "@/lib/format/fr";
import { PreDiagnosticsTable } from "@/components/companies/pre-diagnostics-table";
import { MyDiagnosticsList } from "@/components/diagnostics/my-diagnostics-list";
import { ClusterDiagnosticsOverview } from "@/components/diagnostics/cluster-diagnostics-overview";

export const metadata: Metadata = { title: "Diagnostics du cluster" };

type Props = { params: Promise<{ id: string }> };

export default async function ClusterDiagnosticsPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "diagnostic:read");

  // A pair member: their own company's diagnostics, nothing of the other companies.
  if (scope.role === "COMPANY_MEMBER") {
    const diagnostics = await listMyDiagnostics(scope, cluster.id);
    return (
      <>
        <h2 className="text-2xl font-bold">Diagnostics</h2>
        <p className="mb-6 mt-2 max-w-3xl text-muted">
          Chaque membre du binôme remplit sa propre réponse : elle s'enregistre au fur et à mesure et reste visible de vous
          seul·e jusqu'à son envoi. Quand vous avez envoyé vos deux réponses, la comparaison de vos deux regards s'affiche.
        </p>
        {diagnostics.length ? (
          <MyDiagnosticsList clusterId={cluster.id} diagnostics={diagnostics} />
        ) : (
          <p>Aucun diagnostic n'est encore proposé à votre entreprise dans ce cluster.</p>
        )}
      </>
    );
  }

  const [completion, preDiagnostics] = await Promise.all([
    listClusterCompletion(scope, cluster.id),
    listClusterPreDiagnostics(scope, cluster.id),
  ]);
  const done = preDiagnostics.filter((row) => row.preDiagnostic).length;
  return (
    <>
      <h2 className="text-2xl font-bold">Diagnostics</h2>
      <p className="mb-6 mt-2 max-w-3xl text-muted">
        L'avancement des diagnostics remplis en ligne par chaque binôme (les réponses d'un membre restent privées jusqu'à leur
        envoi), puis les pré-diagnostics réalisés par l'Aract.
      </p>
      {canEdit && <p className="mb-4"><Link href={`/clusters/${cluster.id}/relances`}>Relancer les membres des binômes qui n'ont pas envoyé leur réponse</Link></p>}
      <ClusterDiagnosticsOverview clusterId={cluster.id} completion={completion} canEdit={canEdit} />
      <section aria-labelledby="pre-diagnostics" className="mt-10">
        <h3 id="pre-diagnostics" className="text-xl font-bold">
          Pré-diagnostics
        </h3>
        <p className="mb-4 mt-1 text-muted">
          {plural(done, "pré-diagnostic enregistré", "pré-diagnostics enregistrés")} sur {formatNumber(preDiagnostics.length)}.
        </p>
        {preDiagnostics.length ? (
          <PreDiagnosticsTable clusterId={cluster.id} rows={preDiagnostics} canEdit={canEdit} />
        ) : (
          <p>Aucune entreprise n'est encore inscrite dans ce cluster.</p>
        )}
      </section>
    </>
  );
}
