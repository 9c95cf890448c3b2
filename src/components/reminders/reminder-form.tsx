"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ReminderTarget } from "@/lib/reminders/queries";
import { sendRemindersAction } from "@/lib/reminders/actions";
import { canBePicked, remindersOutcomeLines } from "@/lib/reminders/rules";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ReminderTable } from "./reminder-table";

/** Picks pair members who have not sent one diagnostic, and sends them a reminder with a sign-in link. */
export function ReminderForm({ clusterId, template, targets }: {
  clusterId: string;
  template: { id: string; title: string };
  targets: ReminderTarget[];
}) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ lines: string[]; anySent: boolean } | null>(null);
  const empty = { clusterId, templateId: template.id, personIds: [] };
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/reminders/schemas").then((m) => m.SendRemindersInput),
    defaultValues: empty,
    action: sendRemindersAction,
    onSuccess: (data) => {
      setOutcome({ lines: remindersOutcomeLines(data), anySent: data.sent.length > 0 });
      form.reset(empty);
      router.refresh();
    },
  });
  const pickable = targets.filter((t) => canBePicked(t.eligibility)).map((t) => t.personId);
  const error = errorOf("personIds");
  const errorId = `reminders-${template.id}-error`;

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      {error && (
        <p id={errorId} className="text-sm font-medium text-marianne">
          {error}
        </p>
      )}
      <ReminderTable
        caption={`Membres des binômes à relancer pour « ${template.title} »`}
        idPrefix={`remind-${template.id}`}
        targets={targets}
        checkbox={(personId) => ({ ...register("personIds"), value: personId, "aria-describedby": error ? errorId : undefined })}
      />
      <div role="status">
        {outcome && (
          <Notice tone={outcome.anySent ? "success" : "warning"} title="Relances">
            <ul className="space-y-1">
              {outcome.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Notice>
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          disabled={pickable.length === 0}
          onClick={() => form.setValue("personIds", pickable, { shouldDirty: true })}
        >
          Sélectionner toutes les personnes joignables
        </Button>
        <Button type="submit" disabled={submitting || pickable.length === 0}>
          {submitting ? "Envoi…" : "Envoyer la relance"}
        </Button>
      </div>
    </form>
  );
}
