import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { isAractScope } from "@/lib/actions/server";
import { inviteStaffAction } from "@/lib/users/actions";
import { PageHeader } from "@/components/ui/page-header";
import { InviteStaffForm } from "@/components/admin/invite-form";

export const metadata: Metadata = { title: "Inviter une personne" };

export default async function InviteStaffPage() {
  const scope = await requireScope("user:manage");
  if (!isAractScope(scope)) notFound();
  return (
    <>
      <PageHeader
        title="Inviter une personne"
        lead={`Elle rejoint l'${scope.aractName} avec le rôle choisi et reçoit un lien de connexion valable 7 jours.`}
      />
      <InviteStaffForm invite={inviteStaffAction} />
    </>
  );
}
