import "server-only";
import { env } from "@/env";

// State kept in memory for the reports (cached figures, freshness of the facts) belongs to one database and
// must be one per process, whichever route bundle loads the module: it lives on globalThis, per database.

const holder = globalThis as typeof globalThis & { reportState?: Map<string, Map<string, unknown>> };

export function processState<T>(name: string, create: () => T): T {
  const perDatabase = (holder.reportState ??= new Map());
  const url = env().DATABASE_URL;
  let states = perDatabase.get(url);
  if (!states) perDatabase.set(url, (states = new Map()));
  if (!states.has(name)) states.set(name, create());
  return states.get(name) as T;
}
