"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { archivePartnerAction, restorePartnerAction } from "@/lib/partners/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";

/** Archives a partner (no longer offered by the cluster form) or restores it. */
export function PartnerArchiveButton({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      setError(null);
      const result = await (archived ? restorePartnerAction : archivePartnerAction)({ id });
      if (!result.ok) return setError(result.error);
      router.refresh();
    });
  return (
    <div className="space-y-2">
      <Button type="button" variant="tertiary" className="-my-2" onClick={toggle} disabled={pending}>
        {pending ? "Un instant…" : archived ? "Restaurer" : "Archiver"}
        <span className="sr-only"> {name}</span>
      </Button>
      <FormAlert message={error} />
    </div>
  );
}
