import Link from "next/link";
import type { StaffRole } from "@/generated/prisma/enums";
import { STAFF_ROLE_LABELS } from "@/lib/users/labels";
import { STAFF_STATUS_LABELS, staffStatus } from "@/lib/users/status";
import { formatMoment } from "@/lib/format/fr";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";

export type StaffTableRow = {
  id: string;
  name: string;
  email: string;
  roles: StaffRole[];
  disabled: boolean;
  lastSignInAt: Date | null;
  aractName?: string | null;
};

const TONES = { active: "success", invited: "info", disabled: "warning" } as const;

/** Staff members with their roles, status and last sign-in; names link to their page when `hrefOf` is given. */
export function StaffTable({
  caption,
  rows,
  hrefOf,
  showAract = false,
}: {
  caption: string;
  rows: StaffTableRow[];
  hrefOf?: (id: string) => string;
  showAract?: boolean;
}) {
  return (
    <Table
      variant="boxed"
      caption={caption}
      captionClassName="px-4 pt-4 text-left text-lg font-bold"
      columns={[
        { label: "Nom" },
        showAract && { label: "Aract" },
        { label: "Adresse e-mail" },
        { label: "Rôle" },
        { label: "État" },
        { label: "Dernière connexion" },
      ]}
    >
      <tbody>
        {rows.map((user) => {
          const status = staffStatus(user);
          return (
            <tr key={`${user.aractName ?? ""}-${user.id}`} className="border-b border-line last:border-0">
              <th scope="row" className="px-4 py-3 font-medium">
                {hrefOf ? <Link href={hrefOf(user.id)}>{user.name}</Link> : user.name}
              </th>
              {showAract && <td className="px-4 py-3">{user.aractName ?? "Anact (national)"}</td>}
              <td className="px-4 py-3">{user.email}</td>
              <td className="px-4 py-3">{user.roles.map((role) => STAFF_ROLE_LABELS[role]).join(", ")}</td>
              <td className="px-4 py-3">
                <Badge tone={TONES[status]}>{STAFF_STATUS_LABELS[status]}</Badge>
              </td>
              <td className="px-4 py-3">{user.lastSignInAt ? formatMoment(user.lastSignInAt) : "jamais"}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
