import Link from "next/link";
import type { OutcomeCompany, OutcomeRow } from "@/lib/outcomes/queries";
import { OUTCOME_KIND_LABELS, outcomeStatusLabel } from "@/lib/outcomes/rules";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { formatDate } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { OutcomeWarning } from "./outcome-warning";

function Dates({ outcome }: { outcome: OutcomeRow }) {
  const signed = outcome.kind === "ACCORD" ? "signé" : "adopté";
  return (
    <>
      {outcome.signedAt && <span className="block">{`${signed} le ${formatDate(outcome.signedAt)}`}</span>}
      {outcome.depositedAt && <span className="block">{`déposé le ${formatDate(outcome.depositedAt)}`}</span>}
      {outcome.depositReference && <span className="block text-muted">{`réf. ${outcome.depositReference}`}</span>}
    </>
  );
}

function OutcomeCells({
  clusterId,
  company,
  outcome,
  canEdit,
}: {
  clusterId: string;
  company: OutcomeCompany;
  outcome: OutcomeRow;
  canEdit: boolean;
}) {
  return (
    <>
      <td className="py-2 pr-4">
        <span className="block font-medium">{OUTCOME_KIND_LABELS[outcome.kind]}</span>
        <span className="text-muted">{THEME_LABELS[outcome.theme]}</span>
      </td>
      <td className="py-2 pr-4">{outcomeStatusLabel(outcome.kind, outcome.status)}</td>
      <td className="py-2 pr-4">
        <Dates outcome={outcome} />
      </td>
      <td className="py-2 pr-4">
        {outcome.domainLabels.length ? (
          outcome.domainLabels.join(", ")
        ) : (
          <span className="text-muted">aucun domaine choisi</span>
        )}
        {outcome.warning && <OutcomeWarning>{outcome.warning}</OutcomeWarning>}
        {outcome.status === "DEPOSITED" && !outcome.depositReference && (
          <OutcomeWarning>Référence de dépôt à compléter.</OutcomeWarning>
        )}
      </td>
      {canEdit && (
        <td className="py-2">
          <Link href={`/clusters/${clusterId}/resultats/${outcome.id}`}>
            Modifier
            <span className="sr-only">{` le résultat de ${company.name} (${THEME_LABELS[outcome.theme]})`}</span>
          </Link>
        </td>
      )}
    </>
  );
}

/** Every company with its accords and plans; a company without one says so. */
export function OutcomeTable({
  clusterId,
  companies,
  canEdit,
}: {
  clusterId: string;
  companies: OutcomeCompany[];
  canEdit: boolean;
}) {
  if (companies.length === 0) return <p>Aucune entreprise inscrite.</p>;
  return (
    <Table
      caption="Résultats par entreprise"
      columns={[
        { label: "Entreprise" },
        { label: "Résultat" },
        { label: "Statut" },
        { label: "Dates" },
        { label: "Domaines d'action retenus" },
        canEdit && { label: "Actions", flush: true },
      ]}
    >
      <tbody>
        {companies.flatMap((company) => {
          const name = (
            <th scope="row" className="py-2 pr-4 text-left font-medium">
              {company.name}
            </th>
          );
          if (company.outcomes.length === 0) {
            return [
              <tr key={company.participationId} className="border-b border-line align-top">
                {name}
                <td colSpan={4} className="py-2 pr-4 text-muted">
                  Aucun résultat pour l'instant.
                </td>
                {canEdit && (
                  <td className="py-2">
                    <Link href={`/clusters/${clusterId}/resultats/nouveau?entreprise=${company.participationId}`}>
                      Enregistrer<span className="sr-only">{` un résultat pour ${company.name}`}</span>
                    </Link>
                  </td>
                )}
              </tr>,
            ];
          }
          return company.outcomes.map((outcome) => (
            <tr key={outcome.id} className="border-b border-line align-top">
              {name}
              <OutcomeCells clusterId={clusterId} company={company} outcome={outcome} canEdit={canEdit} />
            </tr>
          ));
        })}
      </tbody>
    </Table>
  );
}
