import type { Metadata } from "next";
import Link from "next/link";
import { z } from "@/lib/forms/zod";
import { requireScope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/policy";
import { todayInFrance } from "@/lib/dates/day";
import { plural } from "@/lib/format/fr";
import { findFigure, FIGURES } from "@/lib/reports/figures";
import { describeFilters, filterParams, filterQueryString } from "@/lib/reports/filter-params";
import { readReportFilters } from "@/lib/reports/page-filters";
import { listFigureClusters } from "@/lib/reports/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { FigureClustersTable } from "@/components/reports/figure-clusters-table";

export const metadata: Metadata = { title: "Clusters derrière un indicateur" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const Page = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function FigureClustersPage({ searchParams }: Props) {
  const scope = await requireScope("report:read");
  const raw = await searchParams;
  const { options, filters, notice } = await readReportFilters(scope, raw);
  const asked = typeof raw.indicateur === "string" ? raw.indicateur : undefined;
  const figure = findFigure(asked) ?? FIGURES[0]!;
  const unknownFigure = asked !== undefined && figure.key !== asked;
  const page = Page.parse(raw.page);
  const { rows, total, pageCount } = await listFigureClusters(scope, filters, figure, Math.min(page, 10_000), todayInFrance());
  const national = can(scope.role, "network:read");
  const described = describeFilters(filters, options).filter((line) => national || line.label !== "Aract");

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/rapports${filterQueryString(filters)}`}>← Retour aux rapports</Link>
      </p>
      <PageHeader title={figure.label} lead={`Les clusters derrière cet indicateur : ${plural(total, "cluster", "clusters")}.`} />
      {(notice || unknownFigure) && (
        <div className="mb-6 space-y-2">
          {notice && (
            <Notice tone="warning" role="alert">
              {notice}
            </Notice>
          )}
          {unknownFigure && (
            <Notice tone="warning" role="alert">
              Cet indicateur n&apos;existe pas : voici les clusters de la sélection.
            </Notice>
          )}
        </div>
      )}
      <dl className="mb-6 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {described.map((line) => (
          <div key={line.label} className="contents">
            <dt className="font-medium">{line.label}</dt>
            <dd className="text-muted">{line.value}</dd>
          </div>
        ))}
      </dl>
      {rows.length === 0 ? (
        <p className="text-muted">Aucun cluster dans cette sélection.</p>
      ) : (
        <FigureClustersTable figure={figure} rows={rows} showAract={national} />
      )}
      <Pagination
        page={Math.min(page, pageCount)}
        pageCount={pageCount}
        params={{ ...filterParams(filters), indicateur: figure.key }}
        path="/rapports/clusters"
      />
    </>
  );
}
