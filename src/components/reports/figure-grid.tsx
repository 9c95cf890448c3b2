import Link from "next/link";
import { displayFigure, FIGURE_GROUPS } from "@/lib/reports/figures";
import type { Disclosed } from "@/lib/reports/suppression";
import { plural } from "@/lib/format/fr";

/** The selection's figures, each a link to the clusters behind it. */
export function FigureGrid({ total, drillHref }: { total: Disclosed; drillHref: (figure: string) => string }) {
  const counts = total.counts;
  return (
    <div className="space-y-6">
      {FIGURE_GROUPS.map((group) => (
        <section key={group.title} aria-labelledby={`groupe-${group.title}`}>
          <h2 id={`groupe-${group.title}`} className="mb-3 text-lg font-bold text-ink">
            {group.title}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {group.figures.map((figure) => (
              <li key={figure.key} className="rounded-sm border border-line bg-white p-4">
                <p className={counts ? "text-3xl font-bold text-france-900" : "text-xl font-medium text-muted"}>
                  {displayFigure(figure, total)}
                </p>
                <p className="mt-1 text-sm font-medium text-ink">{figure.label}</p>
                {figure.key === "pairsComplete" && counts && (
                  <p className="text-sm text-muted">sur {plural(counts.activeCompanies, "entreprise en cours", "entreprises en cours")}</p>
                )}
                {figure.key === "attendanceRate" && counts && (
                  <p className="text-sm text-muted">{plural(counts.attendanceRecorded, "présence relevée", "présences relevées")}</p>
                )}
                <Link href={drillHref(figure.key)} className="mt-2 inline-block text-sm">
                  Voir les clusters<span className="sr-only"> : {figure.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
