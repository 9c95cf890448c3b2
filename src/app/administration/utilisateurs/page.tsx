import type { Metadata } from "next";
import { isNational, requireScope } from "@/lib/auth/scope";
import { listAractUsers, listNetworkUsers } from "@/lib/users/queries";
import { plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { StaffTable } from "@/components/admin/staff-table";

export const metadata: Metadata = { title: "Utilisateurs et rôles" };

export default async function UsersPage() {
  const scope = await requireScope("user:read");
  if (isNational(scope)) {
    const users = await listNetworkUsers(scope);
    return (
      <>
        <PageHeader
          title="Utilisateurs du réseau"
          lead={`${plural(users.length, "rôle")} dans les Aract et l'équipe nationale. Chaque Aract gère sa propre équipe.`}
        />
        <StaffTable caption="Les équipes de toutes les Aract" rows={users} showAract />
      </>
    );
  }
  const users = await listAractUsers(scope);
  return (
    <>
      <PageHeader title={`Équipe de l'${scope.aractName}`} lead={plural(users.length, "personne")}>
        <ButtonLink href="/administration/utilisateurs/inviter">Inviter une personne</ButtonLink>
      </PageHeader>
      <StaffTable caption="Utilisateurs et rôles" rows={users} hrefOf={(id) => `/administration/utilisateurs/${id}`} />
    </>
  );
}
