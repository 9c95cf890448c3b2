import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { isAractScope } from "@/lib/actions/server";
import { getStaffMember } from "@/lib/users/queries";
import { reactivateStaffAction, resendStaffInvitationAction } from "@/lib/users/actions";
import { STAFF_STATUS_LABELS, staffStatus } from "@/lib/users/status";
import { STAFF_ROLE_LABELS } from "@/lib/users/labels";
import { formatMoment } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { DeactivateForm, RoleForm } from "@/components/admin/staff-controls";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";

export const metadata: Metadata = { title: "Fiche d'un membre de l'équipe" };

export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await requireScope("user:manage");
  const { id } = await params;
  const member = isAractScope(scope) ? await getStaffMember(scope, id) : null;
  if (!member || !isAractScope(scope)) notFound();
  const status = staffStatus(member);
  const self = member.id === scope.userId;
  return (
    <>
      <PageHeader title={member.name} lead={`${STAFF_ROLE_LABELS[member.role]} · ${STAFF_STATUS_LABELS[status]}`} />
      <div className="space-y-8">
        <Card>
          <dl className="grid gap-4 sm:grid-cols-3">
            <Fact label="Adresse e-mail">{member.email}</Fact>
            <Fact label="Dernière connexion">{member.lastSignInAt ? formatMoment(member.lastSignInAt) : "jamais"}</Fact>
            <Fact label="Clusters en cours dont elle ou il a la charge">
              {member.clusters.length ? member.clusters.map((c) => c.name).join(", ") : "aucun"}
            </Fact>
          </dl>
        </Card>
        {status === "invited" && (
          <Card title="Invitation">
            <ConfirmedActionButton
              label="Renvoyer l'invitation"
              confirmation={`Un nouveau lien de connexion, valable 7 jours, sera envoyé à ${member.email}.`}
              confirmLabel="Renvoyer"
              run={resendStaffInvitationAction.bind(null, { userId: member.id })}
            />
          </Card>
        )}
        {status !== "disabled" && !self && (
          <Card title="Rôle">
            <RoleForm userId={member.id} role={member.role} />
          </Card>
        )}
        {!self && (
          <Card title={status === "disabled" ? "Réactiver le compte" : "Désactiver le compte"}>
            {status === "disabled" ? (
              <ConfirmedActionButton
                label="Réactiver le compte"
                confirmation={`${member.name} pourra de nouveau se connecter, avec le rôle ${STAFF_ROLE_LABELS[member.role]}.`}
                confirmLabel="Confirmer la réactivation"
                run={reactivateStaffAction.bind(null, { userId: member.id })}
              />
            ) : (
              <DeactivateForm
                userId={member.id}
                name={member.name}
                clusters={member.clusters}
                colleagues={member.colleagues}
              />
            )}
          </Card>
        )}
        {self && (
          <p className="text-sm text-muted">
            Votre rôle et votre compte se gèrent par un·e autre administrateur·rice de l'Aract.
          </p>
        )}
      </div>
    </>
  );
}
