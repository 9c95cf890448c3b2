import type { AractSummary } from "@/lib/network/queries";
import { formatNumber } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";

export function NationalHome({ summaries }: { summaries: AractSummary[] }) {
  const total = summaries.reduce(
    (sum, s) => ({
      clusters: sum.clusters + s.clusters,
      companies: sum.companies + s.companies,
      signed: sum.signed + s.outcomes.signed,
      deposited: sum.deposited + s.outcomes.deposited,
      inPreparation: sum.inPreparation + s.outcomes.inPreparation,
    }),
    { clusters: 0, companies: 0, signed: 0, deposited: 0, inPreparation: 0 },
  );
  const figures = [
    { label: "clusters", value: total.clusters },
    { label: "entreprises accompagnées", value: total.companies },
    { label: "accords signés ou plans adoptés", value: total.signed },
    { label: "accords ou plans déposés", value: total.deposited },
  ];
  return (
    <>
      <PageHeader title="Le réseau en chiffres" lead="Les actions collectives de chaque Aract, telles qu'enregistrées." />
      <ul className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((figure) => (
          <li key={figure.label} className="border-t-4 border-france-900 bg-white p-5">
            <p className="text-3xl font-bold text-france-900">{formatNumber(figure.value)}</p>
            <p className="mt-1 text-muted">{figure.label}</p>
          </li>
        ))}
      </ul>
      <Table
        variant="boxed"
        caption="Par Aract"
        captionClassName="px-4 pt-4 text-left text-lg font-bold"
        columns={[
          { label: "Aract" },
          { label: "Clusters", align: "right" },
          { label: "dont en cours", align: "right" },
          { label: "Entreprises", align: "right" },
          { label: "Signés ou adoptés", align: "right" },
          { label: "Déposés", align: "right" },
          { label: "En préparation", align: "right" },
        ]}
      >
        <tbody>
          {summaries.map((s) => (
            <tr key={s.id} className="border-b border-line last:border-0">
              <th scope="row" className="px-4 py-3 font-medium">{s.name}</th>
              <td className="px-4 py-3 text-right tabular-nums">{formatNumber(s.clusters)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatNumber(s.runningClusters)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatNumber(s.companies)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatNumber(s.outcomes.signed)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatNumber(s.outcomes.deposited)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatNumber(s.outcomes.inPreparation)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-ink font-bold">
            <th scope="row" className="px-4 py-3">Réseau</th>
            <td className="px-4 py-3 text-right tabular-nums">{formatNumber(total.clusters)}</td>
            <td className="px-4 py-3 text-right tabular-nums">
              {formatNumber(summaries.reduce((sum, s) => sum + s.runningClusters, 0))}
            </td>
            <td className="px-4 py-3 text-right tabular-nums">{formatNumber(total.companies)}</td>
            <td className="px-4 py-3 text-right tabular-nums">{formatNumber(total.signed)}</td>
            <td className="px-4 py-3 text-right tabular-nums">{formatNumber(total.deposited)}</td>
            <td className="px-4 py-3 text-right tabular-nums">{formatNumber(total.inPreparation)}</td>
          </tr>
        </tfoot>
      </Table>
    </>
  );
}
