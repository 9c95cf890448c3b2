"use client";

import { useEffect, useRef, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import type { PlanSnapshot } from "@/lib/action-plans/rules";
import { STALE_FIELD } from "@/lib/action-plans/form";

/** What every change of the plan carries: a version of the plan and the plan as it was shown at that version. */
export type PlanBase = { participationId: string; version: number; loaded: PlanSnapshot };

/** Whether the server refused a change because the plan changed since it was loaded. */
export function isStale(result: ActionResult<unknown>): boolean {
  return !result.ok && Boolean(result.fieldErrors?.[STALE_FIELD]);
}

/**
 * Sends changes of the plan. After a save, and after a refusal for a stale version, the page is
 * refreshed: the plan on screen becomes the current one, and the input the editor's form kept can be
 * applied to it in one click.
 */
export function usePlanChange(latest: PlanBase) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  function withBase<A extends PlanBase, R>(action: (input: A) => Promise<ActionResult<R>>, base: PlanBase = latest) {
    return async (input: Omit<A, keyof PlanBase>): Promise<ActionResult<R>> => {
      const result = await action({ ...input, ...base } as A);
      if (result.ok || isStale(result)) startRefresh(() => router.refresh());
      return result;
    };
  }
  return { withBase, refreshing };
}

/**
 * For a form showing part of the plan (its summary, an action): the version its content was loaded at.
 * While the form is untouched it follows the plan (`follow` resets it to the fresh content); once
 * touched it keeps its version, so that saving over someone else's change is refused and shown rather
 * than silently applied. `adopt` takes the current version, once the refusal has been read.
 */
export function usePinnedBase(latest: PlanBase, isDirty: boolean, follow: (fresh: PlanBase) => void) {
  const pinned = useRef(latest);
  useEffect(() => {
    if (latest.version === pinned.current.version || isDirty) return;
    pinned.current = latest;
    follow(latest);
  });
  return {
    current: () => pinned.current,
    adopt: () => {
      pinned.current = latest;
    },
    /** After a save: the form's content is the plan at the version the save produced. */
    saved: (version: number, loaded: PlanSnapshot) => {
      pinned.current = { ...pinned.current, version, loaded };
    },
  };
}
