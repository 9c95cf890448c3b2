import type { SupportCompanyRow } from "@/lib/support/queries";
import { fromHalfDays } from "@/lib/support/rules";
import { formatDays } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { OverPlanWarning } from "./over-plan-warning";

function Situation({ company }: { company: SupportCompanyRow }) {
  if (company.status === "WITHDRAWN") return <span className="text-muted">Retirée</span>;
  if (company.warning) return <OverPlanWarning>{company.warning}</OverPlanWarning>;
  if (company.support.remainingHalfDays === 0) {
    return (
      <span>
        <span aria-hidden="true">✓ </span>Prévu atteint
      </span>
    );
  }
  return <span>{formatDays(fromHalfDays(company.support.remainingHalfDays))} à délivrer</span>;
}

/** Planned versus delivered, company by company. */
export function SupportCompanyTable({ companies }: { companies: SupportCompanyRow[] }) {
  if (companies.length === 0) return <p>Aucune entreprise inscrite.</p>;
  return (
    <Table
      caption="Prévu et délivré par entreprise"
      columns={[
        { label: "Entreprise" },
        { label: "Prévu", align: "right" },
        { label: "Délivré", align: "right" },
        { label: "Situation", flush: true },
      ]}
    >
      <tbody>
        {companies.map((company) => (
          <tr key={company.participationId} className="border-b border-line">
            <th scope="row" className="py-2 pr-4 text-left font-medium">
              {company.name}
            </th>
            <td className="py-2 pr-4 text-right">
              {company.status === "WITHDRAWN"
                ? "hors prévu"
                : formatDays(fromHalfDays(company.support.plannedHalfDays))}
            </td>
            <td className="py-2 pr-4 text-right">{formatDays(fromHalfDays(company.support.deliveredHalfDays))}</td>
            <td className="py-2">
              <Situation company={company} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
