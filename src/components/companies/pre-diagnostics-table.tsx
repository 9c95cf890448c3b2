import Link from "next/link";
import type { PreDiagnosticRow } from "@/lib/participations/queries";
import { formatDate } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { ParticipationStatusBadge } from "./participation-status-badge";

/** Each company's pre-diagnostic and chosen project, with a link to record or correct it on its page. */
export function PreDiagnosticsTable({ clusterId, rows, canEdit }: { clusterId: string; rows: PreDiagnosticRow[]; canEdit: boolean }) {
  return (
    <Table
      variant="plain"
      caption="Pré-diagnostics et projets des entreprises"
      captionClassName="mb-2 text-left text-lg font-bold text-ink"
      columns={[
        { label: "Entreprise" },
        { label: "Pré-diagnostic" },
        { label: "Constats" },
        { label: "Projet choisi" },
        { label: "Action", srOnly: true },
      ]}
    >
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
    </Table>
  );
}
