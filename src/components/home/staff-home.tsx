import Link from "next/link";
import type { ClusterCard } from "@/lib/clusters/queries";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { formatPeriod, plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ClusterStatusBadge } from "@/components/clusters/cluster-status-badge";
import { SessionLine } from "@/components/clusters/session-line";

export function ClusterList({ clusters }: { clusters: ClusterCard[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {clusters.map((cluster) => (
        <li key={cluster.id}>
          <Card headingLevel={3} title={<Link href={`/clusters/${cluster.id}`}>{cluster.name}</Link>}>
            <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-muted">
              <ClusterStatusBadge status={cluster.status} />
              <span>{formatPeriod(cluster.startDate, cluster.endDate)}</span>
              <span aria-hidden="true">·</span>
              <span>{plural(cluster.companyCount, "entreprise")}</span>
            </p>
            <p className="mb-3 text-sm">{cluster.themes.map((theme) => THEME_LABELS[theme]).join(", ")}</p>
            <p className="text-sm">
              <span className="font-bold">Prochaine séance : </span>
              {cluster.nextSession ? <SessionLine session={cluster.nextSession} /> : "aucune séance planifiée"}
            </p>
          </Card>
        </li>
      ))}
    </ul>
  );
}

export function StaffHome({ aractName, clusters }: { aractName: string; clusters: ClusterCard[] }) {
  const mine = clusters.filter((c) => c.inCharge);
  const others = clusters.filter((c) => !c.inCharge);
  return (
    <>
      <PageHeader title="Mes clusters" lead={`Les actions collectives en préparation ou en cours à l'${aractName}.`} />
      <section aria-labelledby="mes-clusters" className="mb-10">
        <h2 id="mes-clusters" className="mb-4 text-xl font-bold">
          Dont j'ai la charge
        </h2>
        {mine.length ? <ClusterList clusters={mine} /> : <p>Vous n'avez la charge d'aucun cluster en cours.</p>}
      </section>
      {others.length > 0 && (
        <section aria-labelledby="autres-clusters">
          <h2 id="autres-clusters" className="mb-4 text-xl font-bold">
            Les autres clusters de l'Aract
          </h2>
          <ClusterList clusters={others} />
        </section>
      )}
    </>
  );
}
