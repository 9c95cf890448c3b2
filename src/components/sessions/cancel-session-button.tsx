"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { cancelSessionAction } from "@/lib/sessions/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";

/** Cancels a session after a confirmation step in the page (no browser dialog), showing any refusal. */
export function CancelSessionButton({ sessionId, title }: { sessionId: string; title: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const cancel = () =>
    startTransition(async () => {
      setError(null);
      const result = await cancelSessionAction({ id: sessionId });
      if (!result.ok) setError(result.error);
      else {
        setConfirming(false);
        router.refresh();
      }
    });
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Annuler la séance
      </Button>
    );
  }
  return (
    <div role="group" aria-labelledby="confirmer-annulation" className="space-y-3 border-l-4 border-warning bg-warning-50 px-4 py-3">
      <p id="confirmer-annulation" className="font-medium">
        Annuler « {title} » ? La séance restera dans la liste, barrée, et sortira des agendas et des taux de présence.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={cancel} disabled={pending}>
          {pending ? "Annulation…" : "Confirmer l'annulation"}
        </Button>
        <Button variant="tertiary" onClick={() => setConfirming(false)} disabled={pending}>
          Garder la séance
        </Button>
      </div>
      <FormAlert message={error} />
    </div>
  );
}
