import type { Metadata } from "next";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { listClusterParticipations } from "@/lib/participations/queries";
import { plural } from "@/lib/format/fr";
import { ButtonLink } from "@/components/ui/button";
import { CompaniesTable } from "@/components/companies/companies-table";

export const metadata: Metadata = { title: "Entreprises du cluster" };

type Props = { params: Promise<{ id: string }> };

export default async function ClusterCompaniesPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:follow");
  const rows = await listClusterParticipations(scope, cluster.id);
  const active = rows.filter((row) => row.status !== "WITHDRAWN").length;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 className="text-2xl font-bold">Entreprises</h2>
          <p className="mt-1 text-muted">
            {plural(active, "entreprise engagée", "entreprises engagées")}
            {rows.length > active && `, ${plural(rows.length - active, "retirée", "retirées")}`}
          </p>
        </div>
        {canEdit && <ButtonLink href={`/clusters/${cluster.id}/entreprises/inscrire`}>Inscrire une entreprise</ButtonLink>}
      </div>
      {rows.length ? (
        <CompaniesTable clusterId={cluster.id} rows={rows} />
      ) : (
        <p>Aucune entreprise n'est encore inscrite dans ce cluster.</p>
      )}
    </>
  );
}
