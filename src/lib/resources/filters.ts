import { ResourceKind, Theme } from "@/generated/prisma/enums";
import { ORIGINS, type Origin } from "./labels";
import type { LibraryFilters } from "./queries";

// The library's filters, read from the URL: what is not a known value is left out, never an error.

export type LibraryParams = { q?: string; theme?: string; nature?: string; origine?: string; page?: string };

const one = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.find((candidate) => candidate === value);

export function parseLibraryFilters(params: LibraryParams): LibraryFilters {
  const page = Number(params.page);
  return {
    q: params.q?.trim().slice(0, 100) || undefined,
    theme: one(Object.values(Theme), params.theme),
    kind: one(Object.values(ResourceKind), params.nature),
    origin: one(Object.keys(ORIGINS) as Origin[], params.origine),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}
