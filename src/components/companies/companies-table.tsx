import Link from "next/link";
import type { ParticipationRow } from "@/lib/participations/queries";
import { formatSiret } from "@/lib/companies/siret";
import { formatNumber, plural } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { ParticipationStatusBadge } from "./participation-status-badge";
import { PairMemberLine } from "./pair-member-line";

/** The companies of a cluster: who they are, where they stand, and how far their pair is invited. */
export function CompaniesTable({ clusterId, rows }: { clusterId: string; rows: ParticipationRow[] }) {
  return (
    <Table
      variant="plain"
      caption="Entreprises du cluster, avec leur binôme"
      captionClassName="sr-only"
      columns={[
        { label: "Entreprise" },
        { label: "Effectif", align: "right" },
        { label: "Ville" },
        { label: "Statut" },
        { label: "Binôme" },
      ]}
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line align-top">
            <th scope="row" className="p-3 font-normal">
              <Link href={`/clusters/${clusterId}/entreprises/${row.id}`} className="font-bold">
                {row.company.name}
              </Link>
              <span className="block text-muted">SIRET {formatSiret(row.company.siret)}</span>
              <span className="block text-muted">NAF {row.company.nafCode}</span>
            </th>
            <td className="p-3 text-right">{formatNumber(row.company.headcount)}</td>
            <td className="p-3">{row.company.city ?? "non renseignée"}</td>
            <td className="p-3">
              <ParticipationStatusBadge status={row.status} />
              {row.status === "WITHDRAWN" && row.withdrawalReason && (
                <span className="mt-1 block max-w-xs">Motif : {row.withdrawalReason}</span>
              )}
            </td>
            <td className="p-3">
              {row.pair.length ? (
                <ul className="space-y-2">
                  {row.pair.map((member) => (
                    <li key={member.id}>
                      <PairMemberLine member={member} />
                    </li>
                  ))}
                </ul>
              ) : (
                "Aucun membre"
              )}
              {row.members.length > 0 && (
                <p className="mt-2 text-sm text-muted">
                  et {plural(row.members.length, "autre membre", "autres membres")} :{" "}
                  {row.members.map((member) => member.label).join(", ")}
                </p>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
