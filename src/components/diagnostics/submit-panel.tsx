"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { TemplateQuestion } from "@/lib/templates/queries";
import { isAnswered, type AnswerValue } from "@/lib/diagnostics/answers";
import { missingRequired, progressOf } from "@/lib/diagnostics/rules";
import { submitResponseAction } from "@/lib/diagnostics/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { ProgressText } from "./progress-text";

type Props = {
  questions: TemplateQuestion[];
  valueOf: (questionId: string) => AnswerValue | null;
  currentResponseId: () => string | null;
  version: number;
  flushAll: () => Promise<void>;
  hasUnsent: () => boolean;
  onSubmitted: () => void;
  onMissing: (messages: Record<string, string>) => void;
};

const UNSENT =
  "Des réponses ne sont pas encore enregistrées (hors connexion, ou à vérifier ci-dessus) : vous pourrez envoyer dès qu'elles le seront.";

/** Progress, what is left, and the submission (after a confirmation: a submitted response is locked). */
export function SubmitPanel({ questions, valueOf, currentResponseId, version, flushAll, hasUnsent, onSubmitted, onMissing }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const answered = questions.filter((question) => isAnswered(valueOf(question.id))).map((question) => question.id);
  const progress = progressOf(questions, answered);
  const missing = missingRequired(questions, answered);

  const submit = () =>
    startTransition(async () => {
      setError(null);
      await flushAll();
      const responseId = currentResponseId();
      if (hasUnsent()) return setError(UNSENT);
      if (!responseId) return setError("Répondez au moins à une question avant d'envoyer votre réponse.");
      const result = await submitResponseAction({ responseId, version });
      setConfirming(false);
      if (!result.ok) {
        setError(result.error);
        const fields = Object.entries(result.fieldErrors ?? {}).filter(([key]) => key.startsWith("answers."));
        onMissing(Object.fromEntries(fields.map(([key, message]) => [key.slice("answers.".length), message])));
        return;
      }
      onSubmitted();
      router.refresh();
    });

  return (
    <section aria-labelledby="envoi" className="space-y-4 rounded-sm border border-line bg-white p-5">
      <h3 id="envoi" className="text-xl font-bold">
        Envoyer ma réponse
      </h3>
      <ProgressText progress={progress} />
      {missing.length > 0 && (
        <div>
          <p className="font-medium">Questions obligatoires sans réponse :</p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {missing.map((question) => (
              <li key={question.id}>
                <a href={`#question-${question.id}-block`}>{question.label}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="max-w-3xl text-sm text-muted">
        Une fois envoyée, votre réponse ne peut plus être modifiée (le ou la chargé·e de mission peut la rouvrir). Elle devient
        alors visible de l'autre membre de votre binôme, dans la comparaison, et de l'Aract.
      </p>
      {confirming ? (
        <div role="group" aria-label="Confirmation de l'envoi" className="space-y-3 border-l-4 border-france-900 p-3">
          <p>Envoyer votre réponse maintenant ? Vous ne pourrez plus la modifier.</p>
          <div className="flex flex-wrap gap-3">
            <Button type="button" onClick={submit} disabled={pending}>
              {pending ? "Envoi…" : "Confirmer l'envoi"}
            </Button>
            <Button type="button" variant="tertiary" onClick={() => setConfirming(false)}>
              Annuler
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" onClick={() => setConfirming(true)}>
          Envoyer ma réponse
        </Button>
      )}
      <FormAlert message={error} />
    </section>
  );
}
