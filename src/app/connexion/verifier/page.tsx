import type { Metadata } from "next";
import Link from "next/link";
import { localOutboxEnabled } from "@/env";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Consultez votre messagerie" };

type Props = { searchParams: Promise<{ email?: string }> };

export default async function CheckEmailPage({ searchParams }: Props) {
  const { email } = await searchParams;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">Consultez votre messagerie</h1>
      <p className="text-lg">
        Si l'adresse {email ? <strong>{email}</strong> : "saisie"} a accès à la plateforme, un lien de connexion vient
        d'y être envoyé. Il est valable 10 minutes et ne sert qu'une fois.
      </p>
      <p>Rien reçu ? Vérifiez le dossier des indésirables, puis demandez un nouveau lien.</p>
      {localOutboxEnabled() && (
        <Notice title="Environnement de démonstration">
          Le message est dans la{" "}
          <Link href={email ? `/boite-d-envoi?a=${encodeURIComponent(email)}` : "/boite-d-envoi"}>
            boîte d'envoi locale
          </Link>
          .
        </Notice>
      )}
      <p>
        <Link href="/connexion">Revenir à la connexion</Link>
      </p>
    </div>
  );
}
