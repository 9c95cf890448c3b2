import Link from "next/link";
import type { DirectoryPartnerRow } from "@/lib/partners/queries";
import { PARTNER_KIND_LABELS } from "@/lib/clusters/labels";
import { formatDate, formatNumber } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { PartnerArchiveButton } from "./partner-archive-button";

const cell = "px-4 py-3 align-top";

/** The directory's entries, current or archived, each with its contact and the clusters that have it. */
export function PartnersTable({
  rows,
  caption,
  archived,
}: {
  rows: DirectoryPartnerRow[];
  caption: string;
  archived: boolean;
}) {
  return (
    <Table
      variant="boxed"
      caption={caption}
      columns={[
        { label: "Partenaire" },
        { label: "Type" },
        { label: "Contact" },
        { label: "Clusters", align: "right" },
        archived && { label: "Archivé le" },
        { label: "Actions", srOnly: true },
      ]}
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line last:border-0">
            <th scope="row" className={`${cell} font-medium`}>
              <Link href={`/administration/partenaires/${row.id}`}>{row.name}</Link>
            </th>
            <td className={cell}>{PARTNER_KIND_LABELS[row.kind]}</td>
            <td className={cell}>
              {row.contactName || row.email || row.phone ? (
                <>
                  {row.contactName && <span className="block">{row.contactName}</span>}
                  {row.email && (
                    <a className="block break-all" href={`mailto:${row.email}`}>
                      {row.email}
                    </a>
                  )}
                  {row.phone && <span className="block whitespace-nowrap">{row.phone}</span>}
                </>
              ) : (
                <span className="text-muted">Non renseigné</span>
              )}
            </td>
            <td className={`${cell} text-right tabular-nums`}>{formatNumber(row.clusters)}</td>
            {archived && <td className={cell}>{row.archivedAt && formatDate(row.archivedAt)}</td>}
            <td className={`${cell} text-right`}>
              <PartnerArchiveButton id={row.id} name={row.name} archived={archived} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
