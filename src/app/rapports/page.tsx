import type { Metadata } from "next";
import { requireScope } from "@/lib/auth/scope";
import { todayInFrance } from "@/lib/dates/day";
import { plural } from "@/lib/format/fr";
import { cachedReport } from "@/lib/reports/cache";
import { COUNTING_RULES, findFigure } from "@/lib/reports/figures";
import { filterQueryString, narrowTo, type ReportFilters } from "@/lib/reports/filters";
import { readReportFilters } from "@/lib/reports/page-filters";
import { reportAractId } from "@/lib/reports/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { ReportFilterForm } from "@/components/reports/report-filters";
import { FigureGrid } from "@/components/reports/figure-grid";
import { BreakdownSection } from "@/components/reports/breakdown-section";
import { ExportLinks } from "@/components/reports/export-links";

export const metadata: Metadata = { title: "Rapports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const drillHref = (filters: ReportFilters, figure: string) =>
  `/rapports/clusters${filterQueryString(filters, { indicateur: figure })}`;

export default async function ReportsPage({ searchParams }: Props) {
  const scope = await requireScope("report:read");
  const { options, filters, notice } = await readReportFilters(scope, await searchParams);
  const report = await cachedReport(reportAractId(scope), filters, todayInFrance());
  const national = scope.role === "NATIONAL";
  const clusters = findFigure("clusters")!;
  const companies = findFigure("companies")!;
  const rowHref = (dimension: "aract" | "theme" | "year") => (key: string) =>
    drillHref(narrowTo(filters, dimension, key), "clusters");

  return (
    <>
      <PageHeader
        title={national ? "Rapports du réseau" : `Rapports de l'${scope.aractName}`}
        lead={
          national
            ? "Ce que les Aract mènent et obtiennent avec les entreprises, toutes régions confondues."
            : `Ce que l'${scope.aractName} mène et obtient avec les entreprises.`
        }
      >
        <ExportLinks filters={filters} />
      </PageHeader>
      {notice && (
        <div className="mb-6">
          <Notice tone="warning" role="alert">
            {notice}
          </Notice>
        </div>
      )}
      <ReportFilterForm path="/rapports" filters={filters} options={options} />
      <p role="status" className="mb-6 text-muted">
        Sélection : {plural(report.total.clusters, "cluster", "clusters")},{" "}
        {plural(report.total.companies, "entreprise accompagnée", "entreprises accompagnées")}.
      </p>
      <FigureGrid counts={report.total} drillHref={(figure) => drillHref(filters, figure)} />
      <div className="mt-10 space-y-8">
        {national && !filters.aract && (
          <BreakdownSection id="par-aract" title="Par Aract" by="par Aract" rowHeader="Aract" rows={report.byAract} charted={companies} rowHref={rowHref("aract")} />
        )}
        <BreakdownSection id="par-theme" title="Par thème" by="par thème" rowHeader="Thème" rows={report.byTheme} charted={clusters} rowHref={rowHref("theme")} />
        <BreakdownSection id="par-annee" title="Par année de démarrage" by="par année de démarrage" rowHeader="Année" rows={report.byYear} charted={companies} rowHref={rowHref("year")} />
      </div>
      <details className="mt-10 rounded-sm border border-line bg-white p-4">
        <summary className="cursor-pointer font-medium">Comment ces chiffres sont comptés</summary>
        <ul className="mt-3 list-disc space-y-1 pl-6 text-sm">
          {COUNTING_RULES.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
