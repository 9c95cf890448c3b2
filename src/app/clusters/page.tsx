import type { Metadata } from "next";
import { isNational, requireScope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/policy";
import { ClusterListQuery } from "@/lib/clusters/schemas";
import { listClusters } from "@/lib/clusters/list-queries";
import { listClusterYears } from "@/lib/clusters/queries";
import { listProgrammeOptions } from "@/lib/programmes/queries";
import { plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { ClusterFilters } from "@/components/clusters/cluster-filters";
import { ClustersTable } from "@/components/clusters/clusters-table";

export const metadata: Metadata = { title: "Clusters" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClustersPage({ searchParams }: Props) {
  const scope = await requireScope("cluster:follow");
  const raw = await searchParams;
  const query = ClusterListQuery.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [{ rows, total, pageCount }, programmes, years] = await Promise.all([
    listClusters(scope, query),
    listProgrammeOptions(scope),
    listClusterYears(scope),
  ]);
  const params = { q: query.q, status: query.status, theme: query.theme, programme: query.programme, year: query.year?.toString(), started: query.started?.toString(), sort: query.sort, dir: query.dir };
  return (
    <>
      <PageHeader
        title="Clusters"
        lead={scope.aractName ? `Les actions collectives de l'${scope.aractName}.` : "Les actions collectives de toutes les Aract."}
      >
        {can(scope.role, "cluster:write") && <ButtonLink href="/clusters/nouveau">Créer un cluster</ButtonLink>}
      </PageHeader>
      <ClusterFilters query={query} programmes={programmes} years={years} />
      <p className="mb-3 text-sm text-muted" role="status">
        {plural(total, "cluster trouvé", "clusters trouvés")}
      </p>
      <ClustersTable rows={rows} showAract={isNational(scope)} sort={{ by: query.sort, dir: query.dir }} />
      <Pagination page={Math.min(query.page, pageCount)} pageCount={pageCount} params={params} path="/clusters" />
    </>
  );
}
