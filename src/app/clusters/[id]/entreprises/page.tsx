import type { Metadata } from "next";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { countUninvitedSeats, listClusterParticipations } from "@/lib/participations/queries";
import { InvitePairsButton } from "@/components/companies/invite-pairs-button";
import { plural } from "@/lib/format/fr";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import Link from "next/link";
import { countPendingApplications } from "@/lib/applications/queries";
import { CompaniesTable } from "@/components/companies/companies-table";

export const metadata: Metadata = { title: "Entreprises du cluster" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ importees?: string; creees?: string }> };

/** A count passed back by the import in the address ("12"), or null. */
const countParam = (value: string | undefined) => (value && /^\d{1,4}$/.test(value) ? Number(value) : null);

export default async function ClusterCompaniesPage({ params, searchParams }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:follow");
  const [rows, applications, uninvited] = await Promise.all([
    listClusterParticipations(scope, cluster.id),
    countPendingApplications(scope, cluster.id),
    canEdit ? countUninvitedSeats(scope, cluster.id) : 0,
  ]);
  const query = await searchParams;
  const imported = countParam(query.importees);
  const created = countParam(query.creees);
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
        {canEdit && (
          <div className="flex flex-wrap gap-3">
            <ButtonLink href={`/clusters/${cluster.id}/entreprises/importer`} variant="secondary">
              Importer une liste
            </ButtonLink>
            <ButtonLink href={`/clusters/${cluster.id}/entreprises/inscrire`}>Inscrire une entreprise</ButtonLink>
          </div>
        )}
      </div>
      {applications > 0 && (
        <div className="mb-6">
          <Notice title={plural(applications, "candidature à examiner", "candidatures à examiner")}>
            Des structures ont candidaté à ce cluster depuis sa page publique.{" "}
            <Link href="/candidatures">Examiner les candidatures</Link>
          </Notice>
        </div>
      )}
      {imported !== null && (
        <div className="mb-6">
          <Notice tone="success" role="status" title="Liste importée">
            {plural(imported, "structure inscrite", "structures inscrites")} avec leur binôme
            {created !== null && `, dont ${plural(created, "nouvelle", "nouvelles")} pour l'Aract`}. Invitez les binômes
            tous ensemble avec le bouton ci-dessous, ou depuis la fiche de chaque structure.
          </Notice>
        </div>
      )}
      {uninvited > 0 && (
        <div className="mb-6">
          <InvitePairsButton clusterId={cluster.id} count={uninvited} />
        </div>
      )}
      {rows.length ? (
        <CompaniesTable clusterId={cluster.id} rows={rows} />
      ) : (
        <p>Aucune entreprise n'est encore inscrite dans ce cluster.</p>
      )}
    </>
  );
}
