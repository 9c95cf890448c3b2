import type { CompanyAttendance } from "@/lib/sessions/queries";
import { addCounts, attendanceRate, NO_ATTENDANCE, recordedCount } from "@/lib/sessions/rules";
import { formatNumber } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { countsSentence, formatRate } from "./attendance-summary";

/** Each company's attendance over the sessions held so far, and the cluster's overall rate. */
export function CompanyAttendanceTable({ companies, held, caption }: { companies: CompanyAttendance[]; held: number; caption: string }) {
  if (held === 0) return <p className="text-sm">Aucune séance n'a encore eu lieu.</p>;
  if (!companies.length) return <p className="text-sm">Aucune entreprise inscrite.</p>;
  const total = companies.reduce((sum, c) => addCounts(sum, c.counts), NO_ATTENDANCE);
  return (
    <Table
      variant="boxed"
      caption={
        <>
          {caption}, sur {formatNumber(held)} séance{held > 1 ? "s" : ""} tenue{held > 1 ? "s" : ""}
        </>
      }
      captionClassName="px-4 pt-3 text-left text-sm text-muted"
      columns={[{ label: "Entreprise" }, { label: "Taux de présence", align: "right" }, { label: "Détail" }]}
    >
      <tbody>
        {companies.map((company) => (
          <tr key={company.participationId} className="border-b border-line">
            <th scope="row" className="px-4 py-3 font-medium">{company.companyName}</th>
            <td className="px-4 py-3 text-right font-bold tabular-nums">{formatRate(attendanceRate(company.counts))}</td>
            <td className="px-4 py-3 text-muted">
              {recordedCount(company.counts) ? countsSentence(company.counts) : "aucune présence saisie"}
            </td>
          </tr>
        ))}
      </tbody>
      {companies.length > 1 && (
        <tfoot>
          <tr className="border-t-2 border-ink">
            <th scope="row" className="px-4 py-3">Ensemble du cluster</th>
            <td className="px-4 py-3 text-right font-bold tabular-nums">{formatRate(attendanceRate(total))}</td>
            <td className="px-4 py-3 text-muted">{countsSentence(total)}</td>
          </tr>
        </tfoot>
      )}
    </Table>
  );
}
