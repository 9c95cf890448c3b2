import type { Metadata } from "next";
import { isNational, requireScope } from "@/lib/auth/scope";
import { readAuditFilters } from "@/lib/audit/page-filters";
import { listAuditEvents } from "@/lib/audit/queries";
import { auditFilterParams, parsePage } from "@/lib/audit/schemas";
import { plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { AuditFilterForm } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";

export const metadata: Metadata = { title: "Journal d'audit" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = "/administration/journal";

export default async function AuditTrailPage({ searchParams }: Props) {
  const scope = await requireScope("audit:read");
  const raw = await searchParams;
  const { options, filters, notice } = await readAuditFilters(scope, raw);
  const { rows, total, page, pageCount } = await listAuditEvents(scope, filters, parsePage(raw));
  const national = isNational(scope);
  const params = auditFilterParams(filters);
  const exportQuery = new URLSearchParams(params).toString();

  return (
    <>
      <PageHeader
        title="Journal d'audit"
        lead={
          national
            ? "Qui a fait quoi, et quand, dans toutes les Aract : chaque modification, connexion et export de données personnelles."
            : `Qui a fait quoi, et quand, dans l'${scope.aractName} : chaque modification et chaque export de données personnelles.`
        }
      >
        <p className="text-sm">
          <a href={`${PATH}/export${exportQuery ? `?${exportQuery}` : ""}`} download>
            Télécharger ces événements (CSV)
          </a>
          <span className="block text-muted">Le téléchargement est lui-même inscrit au journal.</span>
        </p>
      </PageHeader>
      {notice && (
        <div className="mb-6">
          <Notice tone="warning" role="alert">
            {notice}
          </Notice>
        </div>
      )}
      <AuditFilterForm path={PATH} filters={filters} options={options} />
      <p className="mb-3 text-sm text-muted" role="status">
        {plural(total, "événement", "événements")}
        {pageCount > 1 ? `, du plus récent au plus ancien, par pages de 50` : ""}
      </p>
      {rows.length > 0 ? (
        <AuditTable rows={rows} showAract={national} />
      ) : (
        <Notice>Aucun événement ne correspond à ces filtres.</Notice>
      )}
      <Pagination page={page} pageCount={pageCount} params={params} path={PATH} />
    </>
  );
}
