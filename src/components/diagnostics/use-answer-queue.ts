"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerQueue, type SendOutcome, type StoredAnswer } from "@/lib/diagnostics/autosave";
import { readAnswerAction, saveAnswerAction } from "@/lib/diagnostics/actions";

/** Typing: saved this long after the last key. Choices and leaving a field: saved at once. */
export const TYPING_PAUSE_MS = 800;
/** While offline, another try this often (besides the browser's "online" event). */
const RETRY_MS = 15_000;

function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

type Options = {
  clusterId: string;
  templateId: string;
  draftKey: string;
  initial: Record<string, StoredAnswer>;
  responseId: string | null;
};

/**
 * The autosave of one response: the queue of answers (see lib/diagnostics/autosave.ts) wired to the
 * server actions, the browser's storage, its network events and the typing pause.
 */
export function useAnswerQueue({ clusterId, templateId, draftKey, initial, responseId: firstResponseId }: Options) {
  const [, setTick] = useState(0);
  const [queue] = useState(
    () =>
      new AnswerQueue({
        draftKey,
        store: browserStorage(),
        initial,
        responseId: firstResponseId,
        isOnline: () => typeof navigator === "undefined" || navigator.onLine,
        onChange: () => setTick((tick) => tick + 1),
        send: async (answer): Promise<SendOutcome> => {
          const { questionId, value, baseVersion, saveId, priorSaveIds } = answer;
          const result = await saveAnswerAction({ clusterId, templateId, questionId, value, baseVersion, saveId, priorSaveIds });
          if (result.ok) return { kind: "saved", ...result.data };
          if (result.fieldErrors?.baseVersion) {
            const stored = await readAnswerAction({ clusterId, templateId, questionId });
            if (stored.ok) return { kind: "conflict", message: result.error, stored: { value: stored.data.value, version: stored.data.version } };
          }
          return { kind: "refused", message: result.fieldErrors?.value ?? result.error };
        },
      }),
  );
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  /** Sends one answer after `delay` ms (0: now), replacing a save already scheduled for it. */
  const schedule = useCallback(
    (questionId: string, delay: number) => {
      const pending = timers.current.get(questionId);
      if (pending) clearTimeout(pending);
      timers.current.delete(questionId);
      if (delay === 0) return void queue.flush(questionId);
      timers.current.set(
        questionId,
        setTimeout(() => {
          timers.current.delete(questionId);
          void queue.flush(questionId);
        }, delay),
      );
    },
    [queue],
  );

  /** Everything now, without waiting for typing pauses (before submitting, when leaving). */
  const flushAll = useCallback(() => {
    for (const timer of timers.current.values()) clearTimeout(timer);
    timers.current.clear();
    return queue.flush();
  }, [queue]);

  useEffect(() => {
    // What a closed tab or a dropped connection left on this device: shown, then sent.
    queue.restore();
    void queue.flush();
    const retry = () => void flushAll();
    const retryWhileOffline = window.setInterval(() => {
      if (queue.summary().offline > 0) retry();
    }, RETRY_MS);
    const onHidden = () => {
      if (document.visibilityState === "hidden") retry();
    };
    window.addEventListener("online", retry);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("online", retry);
      document.removeEventListener("visibilitychange", onHidden);
      window.clearInterval(retryWhileOffline);
      // Leaving the page within the app: what waited for a typing pause goes now.
      retry();
    };
  }, [queue, flushAll]);

  return { queue, schedule, flushAll };
}
