import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { IndicatorStage } from "@/generated/prisma/enums";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getCompanyIndicators } from "@/lib/indicators/queries";
import { STAGE_LABELS, STAGE_PARAMS } from "@/lib/indicators/fields";
import { stageProblem } from "@/lib/indicators/rules";
import { toDay } from "@/lib/dates/day";
import { Card } from "@/components/ui/card";
import { CompanyBackLink } from "@/components/companies/company-back-link";
import { Notice } from "@/components/ui/notice";
import { IndicatorsTable } from "@/components/indicators/indicators-table";
import { IndicatorsForm } from "@/components/indicators/indicators-form";

export const metadata: Metadata = { title: "Indicateurs de l'entreprise" };

type Props = {
  params: Promise<{ id: string; participationId: string }>;
  searchParams: Promise<{ etape?: string }>;
};

const STAGES = Object.keys(STAGE_PARAMS) as IndicatorStage[];

/** A company's indicators side by side, and the entry of one stage's (the Aract's staff, the company's pair). */
export default async function CompanyIndicatorsPage({ params, searchParams }: Props) {
  const { scope, cluster } = await requireClusterPage(params, "cluster:read");
  const { participationId } = await params;
  const indicators = await getCompanyIndicators(scope, cluster.id, participationId);
  if (!indicators) notFound();
  const { etape } = await searchParams;
  const closed = cluster.status === "CLOSED" || cluster.status === "EVALUATED";
  const stage = STAGES.find((s) => STAGE_PARAMS[s] === etape) ?? (closed ? "FOLLOW_UP" : "ENTRY");
  const problem = stageProblem(stage, cluster.status, indicators.status);
  const set = indicators.sets[stage];
  const base = `/clusters/${cluster.id}/indicateurs/${participationId}`;

  return (
    <div className="space-y-6">
      <CompanyBackLink
        memberView={scope.role === "COMPANY_MEMBER"}
        clusterId={cluster.id}
        participationId={participationId}
        companyName={indicators.companyName}
      />
      <div>
        <h2 className="text-2xl font-bold">Indicateurs : {indicators.companyName}</h2>
        <p className="mt-2 max-w-3xl text-muted">
          Les chiffres de l'entreprise à son entrée dans le cluster, à sa fin et au suivi qui la suit : ce qui a changé au
          travail. Chaque valeur est facultative ; l'évolution compare l'entrée au suivi, ou à défaut à la fin.
        </p>
      </div>
      <Card>
        <IndicatorsTable sets={indicators.sets} />
      </Card>
      {indicators.writable && (
        <section aria-labelledby="saisie" className="space-y-4">
          <h3 id="saisie" className="text-xl font-bold">
            Saisir les indicateurs
          </h3>
          <nav aria-label="Étape des indicateurs">
            <ul className="flex flex-wrap gap-4">
              {STAGES.map((s) => (
                <li key={s}>
                  <Link href={`${base}?etape=${STAGE_PARAMS[s]}`} aria-current={s === stage ? "page" : undefined} className={s === stage ? "font-bold" : ""}>
                    {STAGE_LABELS[s]}
                    {indicators.sets[s] ? " (saisis)" : ""}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {problem ? (
            <Notice title={STAGE_LABELS[stage]}>{problem}</Notice>
          ) : (
            <IndicatorsForm
              key={stage}
              participationId={participationId}
              stage={stage}
              loaded={set ? { measuredOn: toDay(set.measuredOn), source: set.source, version: set.version, values: set.values } : null}
            />
          )}
        </section>
      )}
    </div>
  );
}
