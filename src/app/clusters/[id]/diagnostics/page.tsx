import type { Metadata } from "next";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { listClusterPreDiagnostics } from "@/lib/participations/queries";
import { formatNumber, plural } from "@/lib/format/fr";
import { PreDiagnosticsTable } from "@/components/companies/pre-diagnostics-table";

export const metadata: Metadata = { title: "Diagnostics du cluster" };

type Props = { params: Promise<{ id: string }> };

export default async function ClusterDiagnosticsPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:follow");
  const rows = await listClusterPreDiagnostics(scope, cluster.id);
  const done = rows.filter((row) => row.preDiagnostic).length;
  return (
    <>
      <h2 className="text-2xl font-bold">Diagnostics</h2>
      <p className="mb-6 mt-2 max-w-3xl text-muted">
        Les diagnostics en ligne, remplis par chaque binôme, arriveront ici dans une prochaine version. Voici pour
        l'instant les pré-diagnostics réalisés par l'Aract et les projets choisis par les entreprises :{" "}
        {plural(done, "pré-diagnostic enregistré", "pré-diagnostics enregistrés")} sur {formatNumber(rows.length)}.
      </p>
      {rows.length ? (
        <PreDiagnosticsTable clusterId={cluster.id} rows={rows} canEdit={canEdit} />
      ) : (
        <p>Aucune entreprise n'est encore inscrite dans ce cluster.</p>
      )}
    </>
  );
}
