"use client";

import { Button, ButtonLink } from "@/components/ui/button";

// Unexpected errors: the server logs the details; the user gets a French message and a way out.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl space-y-6 py-8">
      <p className="text-sm font-bold uppercase tracking-wide text-muted">Erreur inattendue</p>
      <h1 className="text-3xl font-bold">Un problème est survenu</h1>
      <p className="text-lg">
        Nous n'avons pas pu afficher cette page. Réessayez dans un instant ; si le problème persiste, signalez-le en
        indiquant la référence ci-dessous.
      </p>
      {error.digest && <p className="text-sm text-muted">Référence : {error.digest}</p>}
      <div className="flex gap-4">
        <Button onClick={reset}>Réessayer</Button>
        <ButtonLink href="/" variant="secondary">
          Revenir à l'accueil
        </ButtonLink>
      </div>
    </div>
  );
}
