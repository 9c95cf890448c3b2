import type { ClusterSupport } from "@/lib/support/rules";
import { fromHalfDays } from "@/lib/support/rules";
import { formatDays, formatNumber, plural } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { OverPlanWarning } from "./over-plan-warning";

/** The cluster's planned versus delivered support days, with a progress figure. */
export function SupportSummary({ total, plannedPerCompany }: { total: ClusterSupport; plannedPerCompany: number }) {
  const percent = total.percent ?? 0;
  return (
    <Card title="Prévu et délivré pour le cluster" headingLevel={3}>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-muted">Prévu</dt>
          <dd className="text-2xl font-bold">{formatDays(fromHalfDays(total.plannedHalfDays))}</dd>
          <dd className="text-sm text-muted">
            {formatDays(plannedPerCompany)} × {plural(total.activeCompanies, "entreprise")}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Délivré</dt>
          <dd className="text-2xl font-bold">{formatDays(fromHalfDays(total.deliveredHalfDays))}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Avancement</dt>
          <dd className="text-2xl font-bold">
            {total.percent === null ? "rien de prévu" : `${formatNumber(percent)} %`}
          </dd>
          <dd className="text-sm text-muted">
            {total.remainingHalfDays > 0
              ? `${formatDays(fromHalfDays(total.remainingHalfDays))} restant à délivrer`
              : total.overHalfDays > 0
                ? `${formatDays(fromHalfDays(total.overHalfDays))} au-delà du prévu`
                : "le prévu est atteint"}
          </dd>
        </div>
      </dl>
      <div aria-hidden="true" className="mt-4 h-3 w-full overflow-hidden rounded-sm bg-gray-200">
        <div className="h-full bg-france-900" style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      {total.companiesOverPlan > 0 && (
        <div className="mt-4">
          <OverPlanWarning>
            {plural(total.companiesOverPlan, "entreprise a", "entreprises ont")} reçu plus de jours que prévu.
          </OverPlanWarning>
        </div>
      )}
      <p className="mt-4 text-sm text-muted">
        Une entreprise retirée sort du prévu, mais les jours qu'elle a reçus restent comptés dans le délivré.
      </p>
    </Card>
  );
}
