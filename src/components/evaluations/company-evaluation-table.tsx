import Link from "next/link";
import type { EvaluationOverview } from "@/lib/evaluations/queries";
import { PARTICIPATION_STATUS_LABELS } from "@/lib/clusters/labels";
import { Table } from "@/components/ui/table";
import { satisfactionLabel } from "./evaluation-view";

/** Each company's evaluation, with a link to write or change it while the cluster can still be evaluated. */
export function CompanyEvaluationTable({
  clusterId,
  companies,
  canEdit,
}: {
  clusterId: string;
  companies: EvaluationOverview["companies"];
  canEdit: boolean;
}) {
  if (companies.length === 0) return <p>Aucune entreprise inscrite.</p>;
  return (
    <Table
      caption="Évaluations des entreprises"
      columns={[
        { label: "Entreprise" },
        { label: "Satisfaction" },
        { label: "Ce qui a été fait" },
        { label: "Résultats" },
        canEdit && { label: "Actions", flush: true },
      ]}
    >
      <tbody>
        {companies.map((company) => (
          <tr key={company.participationId} className="border-b border-line align-top">
            <th scope="row" className="py-2 pr-4 text-left font-medium">
              {company.name}
              <span className="block font-normal text-muted">{PARTICIPATION_STATUS_LABELS[company.status]}</span>
            </th>
            {company.evaluation ? (
              <>
                <td className="py-2 pr-4">{satisfactionLabel(company.evaluation.satisfaction)}</td>
                <td className="py-2 pr-4 whitespace-pre-line">{company.evaluation.whatWasDone}</td>
                <td className="py-2 pr-4 whitespace-pre-line">{company.evaluation.results}</td>
              </>
            ) : (
              <td colSpan={3} className="py-2 pr-4 text-muted">
                Pas encore évaluée.
              </td>
            )}
            {canEdit && (
              <td className="py-2">
                <Link href={`/clusters/${clusterId}/evaluation/${company.participationId}`}>
                  {company.evaluation ? "Modifier" : "Évaluer"}
                  <span className="sr-only">
                    {company.evaluation ? ` l'évaluation de ${company.name}` : ` ${company.name}`}
                  </span>
                </Link>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
