"use client";

import { useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";

/**
 * A button that runs one server action (bound to its record) after a confirmation saying what will happen,
 * then refreshes the page; the server's refusal is shown next to it.
 */
export function ConfirmedActionButton({
  label,
  confirmation,
  confirmLabel,
  run,
  variant = "secondary",
  choices,
}: {
  /** What the button says; words for screen readers only may be inside (the record it acts on). */
  label: ReactNode;
  confirmation: string;
  /** What the person may still choose before confirming (fields whose state `run` reads). */
  choices?: ReactNode;
  confirmLabel: string;
  run: () => Promise<ActionResult<unknown>>;
  variant?: "primary" | "secondary";
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const go = () =>
    startTransition(async () => {
      setError(null);
      const result = await run();
      setConfirming(false);
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  return (
    <div className="max-w-xl space-y-3">
      {confirming ? (
        <div
          role="group"
          aria-label="Confirmation"
          className="space-y-3 border-l-4 border-france-900 bg-white p-3 text-sm"
        >
          <p>{confirmation}</p>
          {choices}
          <div className="flex gap-3">
            <Button onClick={go} disabled={pending}>
              {pending ? "Enregistrement…" : confirmLabel}
            </Button>
            <Button variant="tertiary" onClick={() => setConfirming(false)}>
              Annuler
            </Button>
          </div>
        </div>
      ) : (
        <Button variant={variant} onClick={() => setConfirming(true)}>
          {label}
        </Button>
      )}
      <FormAlert message={error} />
    </div>
  );
}
