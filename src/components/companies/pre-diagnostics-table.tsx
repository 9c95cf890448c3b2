import Link from "next/link";
import type { PreDiagnosticRow } from "@/lib/participations/queries";
import { formatDate } from "@/lib/format/fr";
import { ParticipationStatusBadge } from "./participation-status-badge";

/** Each company's pre-diagnostic and chosen project, with a link to record or correct it on its page. */
export function PreDiagnosticsTable({ clusterId, rows, canEdit }: { clusterId: string; rows: PreDiagnosticRow[]; canEdit: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="mb-2 text-left text-lg font-bold text-ink">Pré-diagnostics et projets des entreprises</caption>
        <thead className="border-b-2 border-ink">
          <tr>
            <th scope="col" className="p-3">Entreprise</th>
            <th scope="col" className="p-3">Pré-diagnostic</th>
            <th scope="col" className="p-3">Constats</th>
            <th scope="col" className="p-3">Projet choisi</th>
            <th scope="col" className="p-3">
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const pre = row.preDiagnostic;
            const editable = canEdit && row.status !== "WITHDRAWN";
            return (
              <tr key={row.participationId} className="border-b border-line align-top">
                <th scope="row" className="p-3">
                  <span className="block">{row.companyName}</span>
                  {row.status === "WITHDRAWN" && <ParticipationStatusBadge status={row.status} />}
                </th>
                <td className="whitespace-nowrap p-3">{pre ? formatDate(pre.date) : "non réalisé"}</td>
                <td className="max-w-md p-3">{pre?.findings ?? "—"}</td>
                <td className="max-w-xs p-3">{pre?.chosenProject ?? "—"}</td>
                <td className="whitespace-nowrap p-3">
                  <Link href={`/clusters/${clusterId}/entreprises/${row.participationId}#pre-diagnostic`}>
                    {editable ? (pre ? "Modifier" : "Saisir") : "Voir la fiche"}
                    <span className="sr-only"> : {row.companyName}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
