"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { publishTemplateAction } from "@/lib/templates/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";

/** The national team publishes what the code holds for a pack; the answer says whether a version was created. */
export function PublishTemplateButton({ templateKey, label = "Publier le contenu actuel" }: { templateKey: string; label?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const publish = () =>
    startTransition(async () => {
      setError(null);
      setMessage(null);
      const result = await publishTemplateAction({ key: templateKey });
      if (!result.ok) return setError(result.error);
      setMessage(result.data.published ? `Version ${result.data.version} publiée.` : result.data.reason);
      if (result.data.published) router.refresh();
    });
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={publish} disabled={pending}>
        {pending ? "Publication…" : label}
      </Button>
      <p role="status" className="text-sm">
        {message}
      </p>
      <FormAlert message={error} />
    </div>
  );
}
