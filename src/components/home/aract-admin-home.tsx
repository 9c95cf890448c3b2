import type { AractUser } from "@/lib/users/queries";
import type { ClusterCard } from "@/lib/clusters/queries";
import Link from "next/link";
import { plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { StaffTable } from "@/components/admin/staff-table";
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
      <StaffTable caption="Utilisateurs et rôles" rows={users} hrefOf={(id) => `/administration/utilisateurs/${id}`} />
      <p className="mt-3">
        <Link href="/administration/utilisateurs/inviter">Inviter une personne dans l'équipe</Link>
      </p>
      <section aria-labelledby="clusters-actifs" className="mt-10">
        <h2 id="clusters-actifs" className="mb-4 text-xl font-bold">
          Clusters en préparation ou en cours
        </h2>
        {clusters.length ? <ClusterList clusters={clusters} /> : <p>Aucun cluster actif.</p>}
      </section>
    </>
  );
}
