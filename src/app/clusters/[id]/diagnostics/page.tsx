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
import { MemberDiagnosticsControl } from "@/components/diagnostics/member-diagnostics-control";
import { Card } from "@/components/ui/card";

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
          Chaque membre remplit sa propre réponse : elle s'enregistre au fur et à mesure et reste visible de vous seul·e
          jusqu'à son envoi. Quand les deux membres du binôme ont envoyé leur réponse, la comparaison de leurs regards
          s'affiche{cluster.diagnosticsOpenToMembers ? ", avec les réponses envoyées des autres membres de l'entreprise" : ""}.
        </p>
        {diagnostics.length ? (
          <MyDiagnosticsList clusterId={cluster.id} diagnostics={diagnostics} />
        ) : (
          <p>Aucun diagnostic ne vous est proposé dans ce cluster pour l'instant : les diagnostics sont remplis par le binôme de l'entreprise, et par ses autres membres quand l'Aract les leur ouvre.</p>
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
      {canEdit && <p className="mb-4"><Link href={`/clusters/${cluster.id}/relances`}>Relancer les membres qui n'ont pas envoyé leur réponse</Link></p>}
      <Card title="Les autres membres des entreprises" headingLevel={3} className="mb-6">
        <p className="mb-4 text-sm">
          {cluster.diagnosticsOpenToMembers
            ? "Les diagnostics de ce cluster sont ouverts aux autres membres des entreprises (référent·es, comité de pilotage…) : leurs réponses s'ajoutent à la comparaison du binôme comme d'autres regards."
            : "Les diagnostics de ce cluster sont remplis par les binômes seulement. Vous pouvez les ouvrir aux autres membres des entreprises : leurs réponses s'ajouteront à la comparaison du binôme comme d'autres regards."}
        </p>
        {canEdit && <MemberDiagnosticsControl clusterId={cluster.id} open={cluster.diagnosticsOpenToMembers} />}
      </Card>
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
