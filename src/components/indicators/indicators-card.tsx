import type { CompanyIndicators } from "@/lib/indicators/queries";
import { STAGE_LABELS, STAGE_PARAMS } from "@/lib/indicators/fields";
import type { IndicatorStage } from "@/generated/prisma/enums";
import { formatDate } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";

/** Where a company's indicators stand, stage by stage, with the way to their page. */
export function IndicatorsCard({ clusterId, indicators }: { clusterId: string; indicators: CompanyIndicators }) {
  const stages = Object.keys(STAGE_PARAMS) as IndicatorStage[];
  return (
    <Card title="Indicateurs de l'entreprise" headingLevel={3}>
      <ul className="mb-4 space-y-1 text-sm">
        {stages.map((stage) => {
          const set = indicators.sets[stage];
          return (
            <li key={stage}>
              <span className="font-medium">{STAGE_LABELS[stage]} : </span>
              {set ? `saisis, chiffres du ${formatDate(set.measuredOn)}${set.source ? ` (${set.source})` : ""}` : "pas encore saisis"}
            </li>
          );
        })}
      </ul>
      <ButtonLink href={`/clusters/${clusterId}/indicateurs/${indicators.participationId}`} variant="secondary">
        Voir et saisir les indicateurs
      </ButtonLink>
    </Card>
  );
}
