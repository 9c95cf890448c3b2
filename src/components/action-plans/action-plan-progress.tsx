import Link from "next/link";
import type { PlanProgress } from "@/lib/action-plans/rules";
import { progressLabel } from "@/lib/action-plans/rules";
import type { ClusterPlanProgress } from "@/lib/action-plans/queries";
import { plural } from "@/lib/format/fr";

/** The bar is decoration: the words beside it say the same. */
function Bar({ percent }: { percent: number | null }) {
  return (
    <span aria-hidden="true" className="block h-2 w-full max-w-xs overflow-hidden rounded-sm bg-gray-200">
      <span className="block h-full bg-france-900" style={{ width: `${percent ?? 0}%` }} />
    </span>
  );
}

/**
 * A plan's progress, in words and as a bar. `href` links to the plan (on the pair's home, for instance).
 * Use with getActionPlanProgress(scope, participationId).
 */
export function ActionPlanProgress({ progress, href }: { progress: PlanProgress; href?: string }) {
  return (
    <div className="space-y-1">
      <p className="text-sm">
        <span className="font-medium">Plan d'actions : </span>
        {progressLabel(progress)}
        {progress.dropped > 0 && ` ; ${plural(progress.dropped, "action abandonnée", "actions abandonnées")}`}
      </p>
      <Bar percent={progress.percent} />
      {href && (
        <p className="text-sm">
          <Link href={href}>Voir le plan d'actions</Link>
        </p>
      )}
    </div>
  );
}

/** The cluster's plans taken together, for its overview. Use with getClusterPlanProgress(scope, clusterId). */
export function ClusterPlanProgressSummary({ summary, href }: { summary: ClusterPlanProgress; href?: string }) {
  return (
    <div className="space-y-1">
      <p className="text-sm">
        {plural(summary.companiesWithPlan, "entreprise a", "entreprises ont")} un plan d'actions sur{" "}
        {plural(summary.companies, "entreprise", "entreprises")}.
      </p>
      <p className="text-sm">{progressLabel(summary.overall)}</p>
      <Bar percent={summary.overall.percent} />
      {href && (
        <p className="text-sm">
          <Link href={href}>Voir les plans d'actions</Link>
        </p>
      )}
    </div>
  );
}
