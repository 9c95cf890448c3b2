"use client";

import { useState, useTransition } from "react";
import type { ActionView } from "@/lib/action-plans/queries";
import { moveActionAction, removeActionAction } from "@/lib/action-plans/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { ActionCard } from "./action-card";
import { EditActionForm } from "./action-forms";
import { StaleNotice } from "./stale-notice";
import { isStale, usePlanChange, type PlanBase } from "./use-plan-change";

type Command = { kind: "move"; actionId: string; direction: "up" | "down"; label: string } | { kind: "remove"; actionId: string; label: string };
type Refusal = { command: Command; message: string; stale: boolean };

/**
 * The plan's actions, in order, with their editors' buttons: move up or down, edit in place, remove.
 * The action being edited keeps its place (and what was typed) even if someone removes it meanwhile.
 */
export function ActionPlanEditor({ base, actions, domains, canEdit }: {
  base: PlanBase;
  actions: ActionView[];
  domains: { value: string; label: string }[];
  canEdit: boolean;
}) {
  const { withBase, refreshing } = usePlanChange(base);
  const [editing, setEditing] = useState<{ action: ActionView; index: number } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (command: Command) =>
    startTransition(async () => {
      setRefusal(null);
      const result =
        command.kind === "move"
          ? await withBase(moveActionAction)({ actionId: command.actionId, direction: command.direction })
          : await withBase(removeActionAction)({ actionId: command.actionId });
      if (result.ok) setConfirming(null);
      else setRefusal({ command, message: result.error, stale: isStale(result) });
    });

  const shown: (ActionView & { removed?: boolean })[] = [...actions];
  if (editing && !actions.some((a) => a.id === editing.action.id)) {
    shown.splice(Math.min(editing.index, shown.length), 0, { ...editing.action, removed: true });
  }
  const busy = pending || refreshing;

  return (
    <div className="space-y-4">
      {refusal?.stale ? (
        <StaleNotice
          message={refusal.message}
          actionLabel={`${refusal.command.label} sur le plan à jour`}
          onReapply={() => run(refusal.command)}
          busy={busy}
        />
      ) : (
        <FormAlert message={refusal?.message ?? null} />
      )}
      {shown.length === 0 ? (
        <p>Aucune action pour l'instant.</p>
      ) : (
        <ol className="space-y-4">
          {shown.map((action, index) => {
            const number = index + 1;
            if (editing?.action.id === action.id) {
              return (
                <li key={action.id} className="rounded-sm border-2 border-france-900 bg-white p-4">
                  <h4 className="mb-4 font-bold">Modifier l'action {number}</h4>
                  <EditActionForm
                    base={base}
                    domains={domains}
                    action={editing.action}
                    number={number}
                    removed={Boolean(action.removed)}
                    onDone={() => setEditing(null)}
                  />
                </li>
              );
            }
            const which = `l'action ${number}`;
            const controls = canEdit && (
              <div className="mt-4 flex flex-wrap gap-2 border-t border-line pt-3">
                <Button
                  variant="tertiary"
                  disabled={busy || index === 0}
                  onClick={() => run({ kind: "move", actionId: action.id, direction: "up", label: `Monter ${which}` })}
                >
                  Monter<span className="sr-only"> {which}</span>
                </Button>
                <Button
                  variant="tertiary"
                  disabled={busy || index === shown.length - 1}
                  onClick={() => run({ kind: "move", actionId: action.id, direction: "down", label: `Descendre ${which}` })}
                >
                  Descendre<span className="sr-only"> {which}</span>
                </Button>
                <Button variant="tertiary" disabled={busy} onClick={() => setEditing({ action, index })}>
                  Modifier<span className="sr-only"> {which}</span>
                </Button>
                {confirming === action.id ? (
                  <span role="group" aria-label={`Confirmer le retrait de ${which}`} className="flex flex-wrap items-center gap-2">
                    <Button
                      variant="secondary"
                      disabled={busy}
                      onClick={() => run({ kind: "remove", actionId: action.id, label: `Retirer ${which}` })}
                    >
                      Confirmer le retrait<span className="sr-only"> de {which}</span>
                    </Button>
                    <Button variant="tertiary" onClick={() => setConfirming(null)}>
                      Garder<span className="sr-only"> {which}</span>
                    </Button>
                  </span>
                ) : (
                  <Button variant="tertiary" disabled={busy} onClick={() => setConfirming(action.id)}>
                    Retirer<span className="sr-only"> {which}</span>
                  </Button>
                )}
              </div>
            );
            return (
              <li key={action.id}>
                <ActionCard action={action} number={number} controls={controls || undefined} />
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
