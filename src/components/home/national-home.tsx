import Link from "next/link";
import type { Report } from "@/lib/reports/queries";
import { displayFigure, findFigure } from "@/lib/reports/figures";
import { FigureCells } from "@/components/reports/figure-cells";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";

// The network at a glance, from the same figures as the reports (and the same cache).

const FIGURES = ["clusters", "companies", "accordsSigned", "plansAdopted", "accordsDeposited", "plansDeposited"].map(
  (key) => findFigure(key)!,
);
const COLUMNS = ["clusters", "companies", "employees", "accordsSigned", "plansAdopted", "accordsInPreparation", "plansInPreparation"].map(
  (key) => findFigure(key)!,
);

export function NationalHome({ report }: { report: Report }) {
  return (
    <>
      <PageHeader title="Le réseau en chiffres" lead="Les actions collectives de chaque Aract, telles qu'enregistrées.">
        <Link href="/rapports">Rapports détaillés, filtres et exports</Link>
      </PageHeader>
      <ul className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {FIGURES.map((figure) => (
          <li key={figure.key} className="border-t-4 border-france-900 bg-white p-5">
            <p className="text-3xl font-bold text-france-900">{displayFigure(figure, report.total)}</p>
            <p className="mt-1 text-muted">{figure.label}</p>
          </li>
        ))}
      </ul>
      <Table
        variant="boxed"
        caption="Par Aract"
        captionClassName="px-4 pt-4 text-left text-lg font-bold"
        columns={[{ label: "Aract" }, ...COLUMNS.map((figure) => ({ label: figure.label, align: "right" as const }))]}
      >
        <tbody>
          {report.byAract.map((row) => (
            <tr key={row.key} className="border-b border-line last:border-0">
              <th scope="row" className="px-4 py-3 font-medium">
                {row.label}
              </th>
              <FigureCells figures={COLUMNS} row={row} cellClassName="px-4 py-3" />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-ink font-bold">
            <th scope="row" className="px-4 py-3">
              Réseau
            </th>
            <FigureCells figures={COLUMNS} row={report.total} cellClassName="px-4 py-3" />
          </tr>
        </tfoot>
      </Table>
    </>
  );
}
