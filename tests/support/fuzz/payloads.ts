import { expect } from "vitest";
import type { Mutation } from "./arbitraries";

// Building the payloads of the fuzz from a valid one, and checking what an action answers.

/** Every path of a payload, the payload itself ([]) included. */
export function pathsOf(value: unknown, path: string[] = []): string[][] {
  const here = [path];
  if (value === null || typeof value !== "object") return here;
  return here.concat(
    ...Object.keys(value).map((key) => pathsOf((value as Record<string, unknown>)[key], [...path, key])),
  );
}

/** The value at a path of a payload (undefined where the path leads nowhere). */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined),
    value,
  );
}

/** An own property, even for "__proto__" (as JSON.parse and React's decoder make it), never a prototype. */
function define(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The valid payload with one change; a path the payload no longer has (its shape moved) is created. */
export function applyMutation(valid: unknown, mutation: Mutation): unknown {
  const { path } = mutation;
  if (path.length === 0) {
    if (mutation.op === "replace") return mutation.value;
    if (mutation.op === "delete") return undefined;
  }
  const root = structuredClone(valid);
  if (root === null || typeof root !== "object") return root;
  let target = root as Record<string, unknown>;
  const steps = mutation.op === "add" ? path : path.slice(0, -1);
  for (const key of steps) {
    const next = target[key];
    if (next === null || typeof next !== "object") define(target, key, {});
    target = target[key] as Record<string, unknown>;
  }
  if (mutation.op === "add") define(target, mutation.key, mutation.value);
  else if (mutation.op === "replace") define(target, path.at(-1)!, mutation.value);
  else delete target[path.at(-1)!];
  return root;
}

// zod's own English messages start this way; the app installs zod's French locale, and writes its own.
const ENGLISH = /^(Invalid|Expected|Required|Too (big|small)|Unrecognized|String must|Number must)/;

/** What every server action answers: { ok: true, data } or { ok: false, error, fieldErrors? } in French. */
export function expectActionResult(result: unknown): asserts result is { ok: boolean; error?: string } {
  expect(result).toBeTypeOf("object");
  expect(result).not.toBeNull();
  const answer = result as { ok: unknown; data?: unknown; error?: unknown; fieldErrors?: unknown };
  expect(typeof answer.ok).toBe("boolean");
  if (answer.ok) {
    expect(answer).toHaveProperty("data");
    return;
  }
  expect(answer.error).toBeTypeOf("string");
  expect(answer.error).not.toBe("");
  expect(answer.error).not.toMatch(ENGLISH);
  if (answer.fieldErrors === undefined) return;
  expect(answer.fieldErrors).toBeTypeOf("object");
  for (const message of Object.values(answer.fieldErrors as Record<string, unknown>)) {
    expect(message).toBeTypeOf("string");
    expect(message).not.toMatch(ENGLISH);
  }
}
