import type { Metadata } from "next";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Connexion impossible" };

type Props = { searchParams: Promise<{ error?: string }> };

export default async function SignInErrorPage({ searchParams }: Props) {
  const { error } = await searchParams;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">Connexion impossible</h1>
      <Notice tone="warning" role="alert">
        {signInErrorMessage(error ?? "")}
      </Notice>
      <ButtonLink href="/connexion">Demander un nouveau lien</ButtonLink>
    </div>
  );
}
