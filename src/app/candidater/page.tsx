import type { Metadata } from "next";
import Link from "next/link";
import { listOpenCalls } from "@/lib/calls/queries";
import { currentYear } from "@/lib/calls/rules";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { formatMonthYear } from "@/lib/format/fr";
import { todayInFrance } from "@/lib/dates/day";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Rejoindre une action collective" };

/** The public list of what a structure can apply to: clusters in recruitment, and programmes. */
export default async function OpenCallsPage() {
  const { clusters, programmes } = await listOpenCalls(currentYear(todayInFrance()));
  return (
    <>
      <PageHeader
        title="Rejoindre une action collective"
        lead="Les Aract réunissent des structures, chacune représentée par un binôme direction et représentant·e du personnel, pour améliorer ensemble les conditions de travail. Candidatez à un cluster qui recrute, ou à un programme : votre candidature part à l'Aract de votre région."
      />
      <div className="space-y-10">
        <section aria-labelledby="clusters" className="space-y-3">
          <h2 id="clusters" className="text-xl font-bold">
            Clusters qui recrutent
          </h2>
          {clusters.length ? (
            <ul className="space-y-3">
              {clusters.map((cluster) => (
                <li key={cluster.id}>
                  <Link href={`/candidater/clusters/${cluster.id}`} className="font-medium">
                    {cluster.name}
                  </Link>
                  <span className="block text-sm text-muted">
                    {[cluster.aractName, cluster.territory ?? cluster.sector, cluster.themes.map((t) => THEME_LABELS[t]).join(", "), `à partir de ${formatMonthYear(cluster.startDate)}`]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>Aucun cluster ne recrute en ce moment.</p>
          )}
        </section>
        <section aria-labelledby="programmes" className="space-y-3">
          <h2 id="programmes" className="text-xl font-bold">
            Programmes
          </h2>
          <ul className="space-y-3">
            {programmes.map((programme) => (
              <li key={programme.id}>
                <Link href={`/candidater/programmes/${programme.id}`} className="font-medium">
                  {programme.name}
                </Link>
                <span className="block text-sm text-muted">
                  {programme.aractName ? `Programme de l'${programme.aractName}` : "Programme national"}
                  {programme.themes.length > 0 && ` · ${programme.themes.map((t) => THEME_LABELS[t]).join(", ")}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
