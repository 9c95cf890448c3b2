import type { AractUser } from "@/lib/users/queries";
import type { ClusterCard } from "@/lib/clusters/queries";
import { STAFF_ROLE_LABELS } from "@/lib/users/labels";
import { formatDate, plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";
import { ClusterList } from "./staff-home";

export function AractAdminHome({ aractName, users, clusters }: {
  aractName: string;
  users: AractUser[];
  clusters: ClusterCard[];
}) {
  return (
    <>
      <PageHeader
        title={`Équipe de l'${aractName}`}
        lead={`${plural(users.length, "personne")} · ${plural(clusters.length, "cluster actif", "clusters actifs")}`}
      />
      <Table
        variant="boxed"
        caption="Utilisateurs et rôles"
        captionClassName="px-4 pt-4 text-left text-lg font-bold"
        columns={[{ label: "Nom" }, { label: "Adresse e-mail" }, { label: "Rôles" }, { label: "Dernière connexion" }]}
      >
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-line last:border-0">
              <th scope="row" className="px-4 py-3 font-medium">
                {user.name} {user.disabled && <Badge tone="warning">Accès suspendu</Badge>}
              </th>
              <td className="px-4 py-3">{user.email}</td>
              <td className="px-4 py-3">{user.roles.map((role) => STAFF_ROLE_LABELS[role]).join(", ")}</td>
              <td className="px-4 py-3">{user.lastSignInAt ? formatDate(user.lastSignInAt) : "jamais"}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <section aria-labelledby="clusters-actifs" className="mt-10">
        <h2 id="clusters-actifs" className="mb-4 text-xl font-bold">
          Clusters en préparation ou en cours
        </h2>
        {clusters.length ? <ClusterList clusters={clusters} /> : <p>Aucun cluster actif.</p>}
      </section>
    </>
  );
}
