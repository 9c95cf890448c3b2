import type { Mutation } from "./arbitraries";
import { valueAt } from "./payloads";

// The deterministic half of the fuzz: every field of a valid payload, one at a time, replaced by each
// boundary value of its kind. Random runs seldom hit one field with one value (a version of 2^31, a year
// 0000, the same id twice); this sweep hits each of them on every run of the suite.

const EDGE_NUMBERS = [2 ** 31, -(2 ** 31) - 1, -1, 0.5, NaN, Infinity];
const EDGE_TEXTS = ["0000-01-01", "9999-12-31", "\u0000", "\uD800", " ", "x".repeat(10_001)];
const EDGE_OTHERS = [null, undefined, {}, []];

function edges(value: unknown, counterpart: (id: string) => string[]): unknown[] {
  if (typeof value === "number") return [...EDGE_NUMBERS, String(value)];
  if (typeof value === "string") return [...counterpart(value), ...EDGE_TEXTS, ` ${value} `];
  if (typeof value === "boolean") return [String(value), 1];
  if (Array.isArray(value)) {
    const first = value[0] ?? "x";
    return [[], [first, first], Array(1_000).fill(first), [null], first];
  }
  return [...EDGE_OTHERS, "x", 1];
}

/**
 * The payload's paths: itself, its lists and its values (the random runs change the objects in between);
 * of a list, its first item only (the others are alike).
 */
function sweptPaths(value: unknown, path: string[] = []): string[][] {
  if (value === null || typeof value !== "object") return [path];
  const keys = Array.isArray(value) ? (value.length ? ["0"] : []) : Object.keys(value);
  const inner = keys.flatMap((key) => sweptPaths((value as Record<string, unknown>)[key], [...path, key]));
  return path.length === 0 || Array.isArray(value) ? [path, ...inner] : inner;
}

/**
 * The sweep's changes to a valid payload: each path (the payload itself included) replaced by each edge value
 * of its kind (an id also by the matching row of the other Aract and a row of another kind), then removed.
 */
export function sweep(sample: unknown, counterpart: (id: string) => string[]): Mutation[] {
  return sweptPaths(sample).flatMap((path) => [
    ...edges(valueAt(sample, path), counterpart).map((value): Mutation => ({ op: "replace", path, value })),
    ...(path.length ? [{ op: "delete", path } as Mutation] : []),
  ]);
}
