import fc from "fast-check";
import { valueAt } from "./payloads";

// What a hostile or broken client can send to a server action. Next decodes an action's arguments with
// React's reply format, which carries more than JSON: undefined, NaN, ±Infinity, -0, BigInt, Date (invalid
// ones too), Map, Set, typed arrays, shared and cyclic references. All of them are generated here.

const HUGE = "a".repeat(1_000_000);
const MANY_KEYS = Object.fromEntries(Array.from({ length: 70_000 }, (_, i) => [`k${i}`, "PRESENT"]));
const MANY_ITEMS = Array.from({ length: 70_000 }, (_, i) => `id${i}`);

function nested(depth: number, leaf: unknown = "x"): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

function cyclic(): unknown {
  const value: Record<string, unknown> = { id: "x" };
  value.self = value;
  value.list = [value];
  return value;
}

/** Keys that pollute a prototype when a merge or an assignment trusts them. */
const polluters = () => [
  JSON.parse('{"__proto__": {"polluted": "oui"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "oui"}}}'),
  JSON.parse('{"__proto__": null, "toString": "x", "hasOwnProperty": 1, "valueOf": null}'),
  Object.assign(Object.create(null), { id: "x" }),
];

/** Texts PostgreSQL refuses (NUL), that cannot be encoded (lone surrogates), or are merely unkind. */
const WEIRD_TEXT = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDC00y",
  "\uDBFF\uDFFF",
  "\u202Eévil",
  "e\u0301",
  "🙂".repeat(300),
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "${7*7}",
  "null",
  "NaN",
  "1e309",
  "-1",
  "\t\n\r",
  "x".repeat(10_001),
  HUGE,
];

/** Calendar days PostgreSQL or JavaScript cannot hold, or do not exist. */
const WEIRD_DAYS = [
  "0000-01-01",
  "0001-01-01",
  "1899-12-31",
  "9999-12-31",
  "2026-02-29",
  "2026-02-30",
  "2026-13-01",
  "+275760-09-13",
  "-000001-01-01",
  "2026-1-1",
  "01/02/2026",
  "2026-01-01T00:00:00Z",
];

const WEIRD_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  1e-7,
  NaN,
  Infinity,
  -Infinity,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
];

const text = fc.oneof(
  fc.constantFrom(...WEIRD_TEXT, ...WEIRD_DAYS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom("a", "\u0000", "\uD800", "\uDFFF", "é", " "), maxLength: 8 }),
);

const number = fc.oneof(fc.constantFrom(...WEIRD_NUMBERS), fc.double(), fc.integer());

const structure = fc.oneof(
  fc.constantFrom(nested(40), nested(5_000), MANY_KEYS, MANY_ITEMS, HUGE.split("", 100_000)),
  fc.constant(null).map(() => cyclic()),
  fc.nat({ max: 3 }).map((i) => polluters()[i]),
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
    withObjectString: true,
    withUnicodeString: true,
  }),
);

/** Any value at all, ids among them: what replaces a field of a valid payload, or the payload itself. */
export function hostileValue(ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(null, undefined, true, false),
    text,
    number,
    fc.bigInt(),
    fc.date({ noInvalidDate: false }),
    fc.constantFrom(...ids),
    fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
    structure,
  );
}

/** A payload of the action's own keys with values of any kind (some keys left out). */
export function wrongTypes(keys: readonly string[], ids: readonly string[]): fc.Arbitrary<unknown> {
  const value = hostileValue(ids);
  return fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] });
}

/** One change to a valid payload: a field replaced, removed, or a key added. */
export type Mutation =
  | { op: "replace"; path: string[]; value: unknown }
  | { op: "delete"; path: string[] }
  | { op: "add"; path: string[]; key: string; value: unknown };

const EXTRA_KEYS = ["__proto__", "constructor", "prototype", "aractId", "id", "userId", "role", "version", "x"];

/** A value of the same kind as the one it replaces, the likeliest to get past the schema into the domain. */
function sameKind(original: unknown, ids: readonly string[]): fc.Arbitrary<unknown> {
  if (typeof original === "string") {
    const variants = [
      ` ${original} `,
      original.toUpperCase(),
      original.repeat(60),
      `${original}\u0000`,
      `${original}\uD800`,
    ];
    return fc.oneof(fc.constantFrom(...ids), fc.constantFrom(...variants, ...WEIRD_DAYS, ...WEIRD_TEXT), text);
  }
  if (typeof original === "number") {
    return fc.oneof(fc.constantFrom(original - 1, original + 1, -original, original + 0.5, original * 1e6), number);
  }
  if (Array.isArray(original)) {
    const item = original[0] ?? "x";
    return fc.oneof(
      fc.constantFrom([], [item, item], Array(200).fill(item), Array(600).fill(item), MANY_ITEMS, [null], [undefined]),
      fc.array(fc.oneof(sameKind(item, ids), hostileValue(ids)), { maxLength: 4 }),
    );
  }
  return hostileValue(ids);
}

/** A change to the valid payload: mostly a field replaced by a value of its own kind, the likeliest to get past the schema. */
export function mutation(sample: unknown, paths: readonly string[][], ids: readonly string[]): fc.Arbitrary<Mutation> {
  const path = fc.constantFrom(...paths);
  const value = hostileValue(ids);
  const near = path.chain((p) =>
    sameKind(valueAt(sample, p), ids).map((v) => ({ op: "replace" as const, path: p, value: v })),
  );
  return fc.oneof(
    { weight: 6, arbitrary: near },
    { weight: 3, arbitrary: fc.record({ op: fc.constant("replace" as const), path, value }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), path }) },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant("add" as const), path, key: fc.constantFrom(...EXTRA_KEYS), value }),
    },
  );
}
