"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";

/** Ends every session of the person after a confirmation in the page, then goes to the sign-in page. */
export function SignOutEverywhereButton({ sessionCount }: { sessionCount: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const signOutEverywhere = () =>
    startTransition(async () => {
      setError(null);
      const result = await signOutEverywhereAction({});
      if (!result.ok) return setError(result.error);
      // The refresh renders the header again, signed out, and drops the signed-in pages the router kept.
      router.replace("/connexion");
      router.refresh();
    });
  if (!confirming) {
    return (
      <Button variant="secondary" className="px-3 py-1 text-sm" onClick={() => setConfirming(true)}>
        Se déconnecter partout
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby="confirmer-deconnexion"
      className="space-y-3 border-l-4 border-warning bg-warning-50 px-4 py-3"
    >
      <p id="confirmer-deconnexion" className="font-medium">
        {sessionCount > 1
          ? `Fermer vos ${sessionCount} sessions, celle-ci comprise ? Vous devrez vous reconnecter sur chaque appareil.`
          : "Fermer votre session ? Vous devrez vous reconnecter."}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={signOutEverywhere} disabled={pending}>
          {pending ? "Déconnexion…" : "Confirmer la déconnexion partout"}
        </Button>
        <Button variant="tertiary" onClick={() => setConfirming(false)} disabled={pending}>
          Annuler
        </Button>
      </div>
      <FormAlert message={error} />
    </div>
  );
}
