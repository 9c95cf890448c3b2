import { AsyncLocalStorage } from "node:async_hooks";
import { pino, type DestinationStream, type Logger, type LoggerOptions } from "pino";

// The app's logs: one JSON line each on standard output (pino), with the id of the request being served
// when there is one. The app's server (scripts/server.ts) gives every request its id and runs it inside
// `withRequestId`; the build of the app loads its own copy of this module, so the request's context lives
// on globalThis, where both copies find the same one.
// Not "server-only": the app's server imports it outside Next.

type RequestContext = { requestId: string };

const KEY = Symbol.for("clusters.request-context");
const store = globalThis as unknown as { [KEY]?: AsyncLocalStorage<RequestContext> };
const requests = (store[KEY] ??= new AsyncLocalStorage<RequestContext>());

/** The app's logger (on standard output, or on `destination` for a test). */
export function createLog(destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    base: { pid: process.pid },
    messageKey: "message",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = requests.getStore()?.requestId;
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = createLog();

/** Runs `work` as the serving of request `requestId`: every line logged meanwhile carries it. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requests.run({ requestId }, work);
}

/**
 * Runs `work` outside any request: for callbacks of shared resources (a pooled connection's events run in the
 * context of the request that happened to open it, whose id would be wrong there).
 */
export function outsideRequest<T>(work: () => T): T {
  return requests.exit(work);
}

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return requests.getStore()?.requestId;
}
