"use client";

import { useState, useSyncExternalStore } from "react";
import type { TemplateQuestion } from "@/lib/templates/queries";
import { formatAnswer } from "@/lib/diagnostics/answers";
import { readPending, storageKey } from "@/lib/diagnostics/autosave";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";

const noSubscription = () => () => {};

function storedText(draftKey: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(draftKey));
  } catch {
    return null;
  }
}

/**
 * Answers typed on this device but never sent, when the response got locked meanwhile (submitted from
 * another device, the cluster evaluated): shown rather than silently dropped, until the person has read them.
 */
export function UnsentAnswersNotice({ draftKey, questions }: { draftKey: string; questions: TemplateQuestion[] }) {
  const stored = useSyncExternalStore(noSubscription, () => storedText(draftKey), () => null);
  const [dismissed, setDismissed] = useState(false);
  const entries = stored && !dismissed ? readPending({ getItem: () => stored, setItem: () => {}, removeItem: () => {} }, draftKey) : [];
  const lines = entries.flatMap((entry) => {
    const question = questions.find((q) => q.id === entry.questionId);
    return question ? [{ id: question.id, label: question.label, text: formatAnswer(question, entry.value) }] : [];
  });
  if (lines.length === 0) return null;
  const forget = () => {
    try {
      window.localStorage.removeItem(storageKey(draftKey));
    } catch {
      // Nothing to forget where nothing could be kept.
    }
    setDismissed(true);
  };
  return (
    <Notice tone="warning" title="Des réponses saisies sur cet appareil n'ont pas été envoyées">
      <p>Votre réponse a été verrouillée avant leur envoi. Les voici, pour que rien ne se perde :</p>
      <ul className="my-2 list-disc pl-6">
        {lines.map((line) => (
          <li key={line.id}>
            {line.label} : « {line.text} »
          </li>
        ))}
      </ul>
      <Button type="button" variant="secondary" onClick={forget} className="text-sm">
        J'en ai pris note : les effacer de cet appareil
      </Button>
    </Notice>
  );
}
