import type { Metadata } from "next";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { env } from "@/env";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Confirmer la connexion" };

type Props = { searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }> };

/**
 * The e-mail points here rather than at the single-use callback: mail scanners that open every link
 * would otherwise spend the token before its owner clicks. The button submits it to next-auth.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const { token = "", email = "", callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">Confirmer la connexion</h1>
      <p className="text-lg">
        Vous allez vous connecter avec l'adresse <strong>{email || "indiquée dans le lien"}</strong>.
      </p>
      <form method="get" action="/api/auth/callback/email">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={safeCallbackUrl(callbackUrl, env().NEXTAUTH_URL)} />
        <Button type="submit">Me connecter</Button>
      </form>
    </div>
  );
}
