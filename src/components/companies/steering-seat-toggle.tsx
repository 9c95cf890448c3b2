"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setSteeringAction } from "@/lib/members/actions";
import { FormAlert } from "@/components/forms/form-alert";

/** One seat's place on the steering committee, as a checkbox saved at once. */
export function SteeringSeatToggle({
  seat,
  fixed,
}: {
  seat: { id: string; label: string; name: string; steering: boolean };
  /** A member named for the committee sits on it by their role. */
  fixed: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = (steering: boolean) =>
    startTransition(async () => {
      setError(null);
      const result = await setSteeringAction({ pairMemberId: seat.id, steering });
      if (!result.ok) setError(result.error);
      router.refresh();
    });
  return (
    <li>
      <div className="flex items-start gap-3">
        <input
          id={`steering-${seat.id}`}
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={seat.steering}
          disabled={pending || fixed}
          onChange={(event) => toggle(event.target.checked)}
        />
        <label htmlFor={`steering-${seat.id}`}>
          {seat.name} <span className="text-muted">({seat.label})</span>
        </label>
      </div>
      <FormAlert message={error} />
    </li>
  );
}
