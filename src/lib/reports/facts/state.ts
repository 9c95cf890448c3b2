// What an Aract's report facts were computed for, beside the version of its records (see ./freshness.ts).
export type FactsState = { aractId: string; version: number; factsVersion: number | null; factsDay: string | null };

/** Stale: computed for an older version of the records, or for another day (sessions become held), or never. */
export const isStale = (state: FactsState, today: string) =>
  state.factsVersion === null || state.factsVersion < state.version || state.factsDay !== today;

/** What figures computed from these facts are kept under: they stay right until a change or the next day. */
export const factsKey = (states: readonly FactsState[], today: string) =>
  `${today}|${states.map((state) => `${state.aractId}:${state.factsVersion}:${state.factsDay}`).join(",")}`;
