"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteSupportDayAction } from "@/lib/support/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";

/** Deleting a support day takes two clicks: the second one confirms. */
export function DeleteSupportDayButton({ id, description }: { id: string; description: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      setError(null);
      const result = await deleteSupportDayAction({ id });
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  if (!confirming) {
    return (
      <Button type="button" variant="tertiary" className="px-2 py-1 text-sm" onClick={() => setConfirming(true)}>
        Supprimer<span className="sr-only"> {description}</span>
      </Button>
    );
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button type="button" className="px-2 py-1 text-sm" onClick={remove} disabled={pending} autoFocus>
          {pending ? "Suppression…" : "Confirmer la suppression"}
          <span className="sr-only"> {description}</span>
        </Button>
        <Button type="button" variant="tertiary" className="px-2 py-1 text-sm" onClick={() => setConfirming(false)}>
          Annuler
        </Button>
      </div>
      <FormAlert message={error} />
    </div>
  );
}
