import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isNational, requireScope } from "@/lib/auth/scope";
import { getAract } from "@/lib/aracts/queries";
import { appointAractAdminAction, deactivateAractAction, reactivateAractAction } from "@/lib/aracts/actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { AractForm } from "@/components/admin/aract-form";
import { AppointAdminForm } from "@/components/admin/invite-form";
import { StaffTable } from "@/components/admin/staff-table";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";

export const metadata: Metadata = { title: "Aract" };

export default async function AractPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await requireScope("aract:manage");
  const { id } = await params;
  const aract = isNational(scope) ? await getAract(scope, id) : null;
  if (!aract) notFound();
  return (
    <>
      <PageHeader
        title={aract.name}
        lead={`${aract.region} · ${aract.clusters} cluster${aract.clusters > 1 ? "s" : ""}`}
      >
        {aract.active ? <Badge tone="success">Active</Badge> : <Badge tone="warning">Désactivée</Badge>}
      </PageHeader>
      <div className="space-y-8">
        <StaffTable caption="Équipe" rows={aract.staff.map((s) => ({ ...s, roles: [s.role], disabled: !s.active }))} />
        {aract.active && (
          <Card title="Nommer un·e administrateur·rice">
            <p className="mb-4 text-sm text-muted">
              Elle ou il reçoit un lien de connexion valable 7 jours, puis invite l'équipe de l'Aract.
            </p>
            <AppointAdminForm aractId={aract.id} appoint={appointAractAdminAction} />
          </Card>
        )}
        <Card title="Identité de l'Aract">
          <AractForm
            id={aract.id}
            defaultValues={{
              name: aract.name,
              region: aract.region,
              departements: aract.departements.join(", "),
              contactEmail: aract.contactEmail ?? "",
            }}
            submitLabel="Enregistrer"
          />
        </Card>
        <Card title={aract.active ? "Désactiver l'Aract" : "Réactiver l'Aract"}>
          {aract.active ? (
            <ConfirmedActionButton
              label="Désactiver l'Aract"
              confirmation="Ses clusters et ses chiffres restent, mais plus personne de l'Aract (équipe et binômes) ne pourra se connecter : leurs sessions prennent fin aussitôt."
              confirmLabel="Confirmer la désactivation"
              run={deactivateAractAction.bind(null, { id: aract.id })}
            />
          ) : (
            <ConfirmedActionButton
              label="Réactiver l'Aract"
              confirmation="Son équipe et ses binômes pourront de nouveau se connecter."
              confirmLabel="Confirmer la réactivation"
              run={reactivateAractAction.bind(null, { id: aract.id })}
            />
          )}
        </Card>
      </div>
    </>
  );
}
