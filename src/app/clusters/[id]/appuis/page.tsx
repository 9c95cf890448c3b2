import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getSupportFormOptions, getSupportOverview } from "@/lib/support/queries";
import { toDay, todayInFrance } from "@/lib/dates/day";
import { supportPeriodHint } from "@/lib/support/rules";
import { Card } from "@/components/ui/card";
import { ExportWorkbookLink } from "@/components/support/export-workbook-link";
import { SupportSummary } from "@/components/support/support-summary";
import { SupportCompanyTable } from "@/components/support/support-company-table";
import { SupportDayTable } from "@/components/support/support-day-table";
import { NewSupportDayForm } from "@/components/support/new-support-day-form";

export const metadata: Metadata = { title: "Appuis individuels" };

type Props = { params: Promise<{ id: string }> };

export default async function SupportPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:follow");
  const [overview, options] = await Promise.all([
    getSupportOverview(scope, cluster.id),
    canEdit ? getSupportFormOptions(scope, cluster.id) : null,
  ]);
  if (!overview) notFound();
  const period = { startDate: toDay(cluster.startDate), endDate: toDay(cluster.endDate), today: todayInFrance() };
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 className="text-2xl font-bold">Appuis individuels</h2>
        <ExportWorkbookLink clusterId={cluster.id} />
      </div>
      <SupportSummary total={overview.total} plannedPerCompany={overview.plannedPerCompany} />
      <SupportCompanyTable companies={overview.companies} />
      {options && (
        <Card title="Enregistrer un appui" headingLevel={3}>
          <NewSupportDayForm
            clusterId={cluster.id}
            userId={scope.userId}
            defaultDay={period.endDate < period.today ? period.endDate : period.today}
            options={options}
            periodHint={supportPeriodHint(period)}
          />
        </Card>
      )}
      <SupportDayTable clusterId={cluster.id} days={overview.days} canEdit={canEdit} />
    </div>
  );
}
