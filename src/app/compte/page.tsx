import type { Metadata } from "next";
import { requireScope } from "@/lib/auth/scope";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { currentSessionToken } from "@/lib/auth/session";
import { listAccountSessions } from "@/lib/account/queries";
import { ActiveSessions } from "@/components/account/active-sessions";
import { OwnDataCard } from "@/components/personal-data/own-data-card";

export const metadata: Metadata = { title: "Mon compte" };

export default async function AccountPage() {
  const scope = await requireScope("home:read");
  const sessions = await listAccountSessions(scope, await currentSessionToken());
  return (
    <>
      <PageHeader title="Mon compte" />
      <Card>
        <dl className="grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-muted">Nom</dt>
            <dd className="font-medium">{scope.name}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Adresse e-mail</dt>
            <dd className="font-medium">{scope.email}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Rôle</dt>
            <dd className="font-medium">{ROLE_LABELS[scope.role]}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Aract</dt>
            <dd className="font-medium">{scope.aractName ?? "Toutes (équipe nationale)"}</dd>
          </div>
        </dl>
        <p className="mt-6 text-sm text-muted">
          Vous vous connectez par un lien envoyé à votre adresse : aucun mot de passe n'est conservé. Pour changer
          d'adresse ou de rôle, adressez-vous à l'administrateur·rice de votre Aract.
        </p>
        <div className="mt-6">
          <SignOutButton />
        </div>
      </Card>
      <ActiveSessions sessions={sessions} />
      <OwnDataCard />
    </>
  );
}
