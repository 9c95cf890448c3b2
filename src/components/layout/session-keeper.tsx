"use client";

import { useEffect } from "react";

/** Often enough to keep a week-long cookie current, rarely enough to cost nothing. */
const MIN_INTERVAL_MS = 5 * 60 * 1000;
const PERIOD_MS = 60 * 60 * 1000;

/**
 * Keeps the session cookie's expiry in step with the database session's sliding expiry. Pages push the
 * session's end back in the database (sessionUserId), but a cookie can only be re-set by a response:
 * next-auth's session endpoint (GET /api/auth/session, its documented REST API, what getSession() calls)
 * re-sets it with a fresh expiry for database sessions. Without it, an active person was signed out after
 * 7 days. Called with fetch rather than next-auth/react, whose client code every page would then carry.
 *
 * Called at mount, when the window regains focus or the tab shows again (mobile browsers switch tabs
 * without a focus event), and hourly while the window has focus: a tab left open in the background must
 * not keep a session alive forever, since 7 days without use should end it.
 */
export function SessionKeeper() {
  useEffect(() => {
    let last = 0;
    const refresh = () => {
      if (Date.now() - last < MIN_INTERVAL_MS) return;
      last = Date.now();
      void fetch("/api/auth/session", { cache: "no-store" }).catch(() => {});
    };
    refresh();
    const onFocus = () => refresh();
    const onVisible = () => {
      if (document.visibilityState === "visible") refresh();
    };
    const timer = window.setInterval(() => {
      if (document.hasFocus()) refresh();
    }, PERIOD_MS);
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);
  return null;
}
