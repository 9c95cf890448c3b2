import type { ParticipationDetail } from "@/lib/participations/queries";
import { formatSiret } from "@/lib/companies/siret";
import { formatNumber, plural } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";

export function CompanyFacts({ detail }: { detail: ParticipationDetail }) {
  const { company } = detail;
  const place = [company.postalCode, company.city].filter(Boolean).join(" ");
  return (
    <Card title="L'entreprise" headingLevel={3}>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Fact label="SIRET">{formatSiret(company.siret)}</Fact>
        <Fact label="Code NAF">{company.nafCode}</Fact>
        <Fact label="Effectif">
          {plural(company.headcount, "salarié·e", "salarié·es")}
          {detail.headcountAtEntry !== company.headcount && (
            <span className="block text-sm font-normal text-muted">
              {formatNumber(detail.headcountAtEntry)} à son inscription
            </span>
          )}
        </Fact>
        <Fact label="Localisation">{place || "non renseignée"}</Fact>
        <Fact label="Projet dans le cluster" className="sm:col-span-2">
          {detail.project ?? "pas encore choisi (voir le pré-diagnostic)"}
        </Fact>
      </dl>
    </Card>
  );
}
