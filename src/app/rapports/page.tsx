import type { Metadata } from "next";
import { requireScope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/policy";
import { todayInFrance } from "@/lib/dates/day";
import { cachedReport } from "@/lib/reports/cache";
import { COUNTING_RULES } from "@/lib/reports/figures";
import { readReportFilters } from "@/lib/reports/page-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { ReportFilterForm } from "@/components/reports/report-filters";
import { ExportLinks } from "@/components/reports/export-links";
import { ReportView } from "@/components/reports/report-view";
import { ReportIndicatorChanges } from "@/components/reports/report-indicator-changes";
import { indicatorChangesReport } from "@/lib/reports/indicators/queries";

export const metadata: Metadata = { title: "Rapports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsPage({ searchParams }: Props) {
  const scope = await requireScope("report:read");
  const { options, filters, notice } = await readReportFilters(scope, await searchParams);
  const report = await cachedReport(scope, filters, todayInFrance());
  // After the report: its facts are fresh by then.
  const changes = await indicatorChangesReport(scope, filters, todayInFrance());
  // The whole network (its breakdown by Aract) is read by the holders of network:read.
  const national = can(scope.role, "network:read");

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
      <ReportView report={report} filters={filters} byAract={national && !filters.aract} />
      <ReportIndicatorChanges report={changes} byAract={national && !filters.aract} />
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
