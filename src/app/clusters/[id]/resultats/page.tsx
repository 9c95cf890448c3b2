import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getOutcomesOverview } from "@/lib/outcomes/queries";
import { ButtonLink } from "@/components/ui/button";
import { OutcomeSummary } from "@/components/outcomes/outcome-summary";
import { OutcomeTable } from "@/components/outcomes/outcome-table";
import { listClusterFollowUps } from "@/lib/follow-ups/queries";
import { FollowUpTable } from "@/components/follow-ups/follow-up-table";

export const metadata: Metadata = { title: "Résultats" };

type Props = { params: Promise<{ id: string }> };

export default async function OutcomesPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:follow");
  const [overview, followUps] = await Promise.all([
    getOutcomesOverview(scope, cluster.id),
    listClusterFollowUps(scope, cluster.id),
  ]);
  if (!overview) notFound();
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 className="text-2xl font-bold">Résultats</h2>
        {canEdit && <ButtonLink href={`/clusters/${cluster.id}/resultats/nouveau`}>Enregistrer un résultat</ButtonLink>}
      </div>
      <OutcomeSummary summary={overview.summary} />
      <p className="max-w-3xl text-muted">
        Pour chaque entreprise, un accord (négocié et signé) ou un plan d'action (adopté par l'employeur), jusqu'à son
        dépôt auprès de la DREETS.
      </p>
      <OutcomeTable clusterId={cluster.id} companies={overview.companies} canEdit={canEdit} />
      {followUps.length > 0 && <FollowUpTable clusterId={cluster.id} rows={followUps} />}
    </div>
  );
}
