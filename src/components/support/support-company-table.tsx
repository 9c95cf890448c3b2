import type { SupportCompanyRow } from "@/lib/support/queries";
import { formatDays, fromHalfDays } from "@/lib/support/rules";
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
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-lg font-bold">Prévu et délivré par entreprise</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4">
              Entreprise
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Prévu
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Délivré
            </th>
            <th scope="col" className="py-2">
              Situation
            </th>
          </tr>
        </thead>
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
      </table>
    </div>
  );
}
