"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { reopenResponseAction } from "@/lib/diagnostics/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";

/**
 * Reopens a submitted response so that its author can change it. Asked for confirmation first: the
 * comparison of the pair disappears until the response is submitted again.
 */
export function ReopenResponseButton({ responseId, version, who }: { responseId: string; version: number; who: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const reopen = () =>
    startTransition(async () => {
      setError(null);
      const result = await reopenResponseAction({ responseId, version });
      setConfirming(false);
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  return (
    <div className="mt-2 space-y-2">
      {confirming ? (
        <div role="group" aria-label={`Rouvrir la réponse de ${who}`} className="space-y-2 border-l-4 border-france-900 bg-white p-2">
          <p>
            {who} pourra de nouveau modifier sa réponse ; la comparaison du binôme disparaît jusqu'au nouvel envoi.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={reopen} disabled={pending} className="text-sm">
              {pending ? "Enregistrement…" : "Confirmer la réouverture"}
            </Button>
            <Button variant="tertiary" onClick={() => setConfirming(false)} className="text-sm">
              Annuler
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="tertiary" onClick={() => setConfirming(true)} className="px-0 py-0 text-sm">
          Rouvrir<span className="sr-only"> la réponse de {who}</span>
        </Button>
      )}
      <FormAlert message={error} />
    </div>
  );
}
