import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getScope } from "@/lib/auth/scope";
import { isDemoEnvironment } from "@/env";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Notice } from "@/components/ui/notice";
import { listSignInProviders } from "@/lib/auth/providers";
import { OidcSignInButton } from "@/components/auth/oidc-sign-in-button";

export const metadata: Metadata = { title: "Connexion" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  if (await getScope()) redirect("/");
  const { callbackUrl, error } = await searchParams;
  const demo = isDemoEnvironment();
  const oidc = listSignInProviders().oidc;
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Connexion</h1>
      <p className="mt-2 text-lg text-muted">
        Chargé·es de mission, équipes de l'Anact et binômes d'entreprise : connectez-vous sans mot de passe.
      </p>
      {demo && (
        <div className="mt-6">
          <Notice title="Environnement de démonstration">
            Aucun e-mail ne part d'ici : les liens de connexion sont conservés dans la{" "}
            <Link href="/boite-d-envoi">boîte d'envoi locale</Link> (table <code>OutboxEmail</code> de la base).
          </Notice>
        </div>
      )}
      <div className="mt-8 rounded-sm border border-line bg-white p-6">
        {oidc && (
          <div className="mb-6 border-b border-line pb-6">
            <OidcSignInButton name={oidc} callbackUrl={safeCallbackUrl(callbackUrl)} />
          </div>
        )}
        <SignInForm
          callbackUrl={safeCallbackUrl(callbackUrl)}
          initialError={error ? signInErrorMessage(error) : null}
          demoAccounts={demo ? DEMO_ACCOUNTS.map(({ email, name, description }) => ({ email, name, description })) : []}
        />
      </div>
    </div>
  );
}
