"use client";

import { Button } from "@/components/ui/button";

/**
 * A save refused because the answer changed elsewhere meanwhile: both values side by side, and the
 * person chooses. Nothing is dropped until they do (their value stays on this device).
 */
export function ConflictChoice({ label, message, mine, stored, onKeepMine, onTakeStored }: {
  label: string;
  message: string;
  mine: string;
  stored: string;
  onKeepMine: () => void;
  onTakeStored: () => void;
}) {
  return (
    <div role="group" aria-label={`Deux valeurs pour : ${label}`} className="mt-2 border-l-4 border-warning bg-warning-50 px-4 py-3 text-sm">
      <p className="font-bold">Cette réponse a changé ailleurs</p>
      <p>{message}</p>
      <dl className="mt-2 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-3">
        <dt className="font-medium">Votre saisie ici :</dt>
        <dd>« {mine} »</dd>
        <dt className="font-medium">Valeur enregistrée :</dt>
        <dd>« {stored} »</dd>
      </dl>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button type="button" onClick={onKeepMine} className="text-sm">
          Garder ma saisie
        </Button>
        <Button type="button" variant="secondary" onClick={onTakeStored} className="text-sm">
          Reprendre la valeur enregistrée
        </Button>
      </div>
    </div>
  );
}
