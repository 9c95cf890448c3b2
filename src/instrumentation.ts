import type { Instrumentation } from "next";

// Next.js calls register() once when a server process starts (instrumentation.ts, documented hook).
// The configuration is checked here, and the app's background work starts here: the daily retention job of personal data (RGPD), the e-mail sender, the report facts worker and the follow-ups' e-mails, Node only.

export async function register() {
  // Written literally, as Next's documentation does: the build replaces it, so the edge bundle leaves out
  // the Node-only modules imported below. Not configuration, hence not read through env().
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The configuration is checked at start, not at the first request: in production a missing or example
  // NEXTAUTH_SECRET, NEXTAUTH_URL, SMTP_URL or DPO_EMAIL stops the server with one French line.
  const { env } = await import("@/env");
  try {
    env();
  } catch (error) {
    // Next would log the error and go on answering 500s: a server that cannot work stops, saying why.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { startRetentionSchedule } = await import("@/lib/personal-data/schedule");
  startRetentionSchedule();
  const { startEmailSender } = await import("@/lib/email/schedule");
  startEmailSender();
  const { startFactsSchedule } = await import("@/lib/reports/facts/schedule");
  startFactsSchedule();
  const { startFollowUpSchedule } = await import("@/lib/follow-ups/schedule");
  startFollowUpSchedule();
}

/**
 * Every error of a request, as one JSON line (Next's documented hook) with the request's id, set by the app's
 * server (scripts/server.ts) and sent back in X-Request-Id: what an error-monitoring service reads from the
 * logs, or what a service's own handler would receive here.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log");
  const { message, digest } = error as { message?: string; digest?: string };
  const requestId = request.headers["x-request-id"];
  log.error(
    {
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      err: error,
      digest,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    },
    message ?? String(error),
  );
};
