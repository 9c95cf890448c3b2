import Link from "next/link";
import type { ClusterPlanProgress } from "@/lib/action-plans/queries";
import { ClusterPlanProgressSummary } from "@/components/action-plans/action-plan-progress";
import type { MedianChange } from "@/lib/indicators/rules";
import { IndicatorChanges } from "@/components/indicators/indicator-changes";
import type { ClusterDetail, ClusterHeader } from "@/lib/clusters/queries";
import { CLUSTER_STATUS_LABELS } from "@/lib/clusters/labels";
import { PARTICIPATION_STATUS_LABELS, THEME_LABELS } from "@/lib/clusters/labels";
import { formatDate, formatNumber, plural } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { SessionList } from "./session-list";

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

export function ClusterOverview({ cluster, history, outcomes, plans, indicatorChanges }: {
  cluster: ClusterDetail;
  history: ClusterHeader["history"];
  /** The outcome summary sentence, for those who follow the whole cluster. */
  outcomes: string | null;
  /** The action plans' progress, over the companies the caller may see. */
  plans: ClusterPlanProgress;
  /** The companies' indicators, median change per indicator; null for those who do not follow the whole cluster. */
  indicatorChanges: MedianChange[] | null;
}) {
  return (
    <>
      {cluster.description && <p className="mb-6 max-w-4xl text-lg text-muted">{cluster.description}</p>}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Le cluster" className="lg:col-span-2">
          <dl className="grid gap-4 sm:grid-cols-2">
            <Fact label="Aract">{cluster.aractName}</Fact>
            <Fact label="Programme">{cluster.programmeName ?? "Action régionale"}</Fact>
            <Fact label="Thèmes">{cluster.themes.map((t) => THEME_LABELS[t]).join(", ")}</Fact>
            <Fact label={cluster.kind === "TERRITORIAL" ? "Territoire" : "Secteur"}>
              {(cluster.kind === "TERRITORIAL" ? cluster.territory : cluster.sector) ?? "non précisé"}
            </Fact>
            <Fact label="Période">
              du {formatDate(cluster.startDate)} au {formatDate(cluster.endDate)}
            </Fact>
            <Fact label="Prévu">
              {plural(cluster.plannedCollectiveSessions, "demi-journée collective", "demi-journées collectives")},{" "}
              {plural(cluster.plannedSupportDaysPerCompany, "jour d'appui", "jours d'appui")} par entreprise
            </Fact>
            <Fact label="Chargé·es de mission">{cluster.staff.map((s) => s.name).join(", ") || "non désigné"}</Fact>
            <Fact label="Partenaires">{cluster.partners.map((p) => p.name).join(", ") || "aucun"}</Fact>
            <Fact label="Financeurs">
              {cluster.funders.length
                ? cluster.funders
                    .map((f) => (f.amountCents === null ? f.name : `${f.name} (${euros.format(f.amountCents / 100)})`))
                    .join(", ")
                : "aucun"}
            </Fact>
          </dl>
        </Card>
        <Card title="Séances collectives">
          <SessionList sessions={cluster.sessions} empty="Aucune séance planifiée." />
        </Card>
      </div>
      <Card title={`Entreprises (${formatNumber(cluster.companies.length)})`} className="mt-4">
        {cluster.companies.length ? (
          <ul className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {cluster.companies.map((company) => (
              <li key={company.participationId} className="border-l-2 border-france-200 pl-3">
                <span className="block font-medium">{company.name}</span>
                <span className="text-muted">
                  {formatNumber(company.headcount)} salarié·es ·{" "}
                  {PARTICIPATION_STATUS_LABELS[company.status]}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm">Aucune entreprise inscrite.</p>
        )}
      </Card>
      <Card title="Plans d'actions" className="mt-4">
        <ClusterPlanProgressSummary summary={plans} href={`/clusters/${cluster.id}/plans`} />
      </Card>
      {outcomes && (
        <Card title="Résultats" className="mt-4">
          <p>
            {outcomes} · <Link href={`/clusters/${cluster.id}/resultats`}>le détail par entreprise</Link>
          </p>
        </Card>
      )}
      {indicatorChanges && (
        <Card title="Évolution des indicateurs des entreprises" className="mt-4">
          <IndicatorChanges changes={indicatorChanges} />
        </Card>
      )}
      <Card title="Historique des étapes" className="mt-4">
        <ol className="space-y-1 text-sm">
          {history.map((change) => (
            <li key={change.id}>
              <span className="font-medium">{formatDate(change.at)}</span> : {CLUSTER_STATUS_LABELS[change.to]}
              {change.by && <span className="text-muted"> · {change.by}</span>}
              {change.note && <span className="text-muted"> · {change.note}</span>}
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
