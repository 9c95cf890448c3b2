import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { UNEXPECTED_ERROR } from "@/lib/actions/result";
import { actAs } from "../session";
import { testDb } from "../../factories";
import { hostileValue, mutation, wrongTypes, type Mutation } from "./arbitraries";
import { CLUSTER_CASES, type FuzzCase } from "./cases-clusters";
import { NETWORK_CASES } from "./cases-network";
import { COMPANY_CASES } from "./cases-companies";
import { invariantChecker, writeLog, type Write } from "./database";
import type { DiscoveredAction } from "./discover";
import { applyMutation, expectActionResult, pathsOf } from "./payloads";
import { sweep } from "./sweep";
import { buildWorld, counterparts, foreignIds, ownIds, type World } from "./world";

// The property every server action must hold, whatever it is sent: it answers an ActionResult, never
// throws, never answers the unexpected error, logs no error, pollutes no prototype; a refusal writes
// nothing at all, and an acceptance touches no other Aract's rows and breaks no invariant.

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS || 50);
export const FUZZ_SEED = Number(process.env.FUZZ_SEED || 20_261_206);

export const CASES: Record<string, FuzzCase> = { ...CLUSTER_CASES, ...NETWORK_CASES, ...COMPANY_CASES };

/** What one run sends: anything, the action's keys with values of any kind, or a valid payload changed. */
type Plan =
  | { kind: "hostile"; payload: unknown }
  | { kind: "wrong-types"; payload: unknown }
  | { kind: "mutated"; mutation: Mutation }
  | { kind: "valid" };

function plans(sample: unknown, ids: string[]): fc.Arbitrary<Plan> {
  const keys = sample && typeof sample === "object" ? Object.keys(sample) : [];
  return fc.oneof(
    { weight: 2, arbitrary: hostileValue(ids).map((payload): Plan => ({ kind: "hostile", payload })) },
    { weight: 2, arbitrary: wrongTypes(keys, ids).map((payload): Plan => ({ kind: "wrong-types", payload })) },
    {
      weight: 5,
      arbitrary: mutation(sample, pathsOf(sample), ids).map((m): Plan => ({ kind: "mutated", mutation: m })),
    },
    { weight: 1, arbitrary: fc.constant<Plan>({ kind: "valid" }) },
  );
}

type Tally = { swept: number; runs: number; accepted: number; refused: number };

const describeWrites = (writes: Write[]) => [...new Set(writes.map((w) => `${w.table} (${w.aract ?? "no Aract"})`))];

type Probes = { writes: () => Promise<Write[]>; invariants: () => Promise<string[]> };

async function fuzzOne(db: PrismaClient, probes: Probes, action: DiscoveredAction, fuzzCase: FuzzCase, tally: Tally) {
  const { writes, invariants } = probes;
  const world: World = await buildWorld(db);
  const errors = vi.spyOn(console, "error");
  const sample = await fuzzCase.valid(world, db);
  const ids = [...foreignIds(world), ...ownIds(world)];
  const mutated = async (m: Mutation) => applyMutation(await fuzzCase.valid(world, db), m);
  await writes();

  /** One call, and everything it must hold. */
  async function check(payload: unknown) {
    actAs(fuzzCase.actor(world));
    errors.mockClear();
    const result = await action.call(payload);
    const written = await writes();
    expectActionResult(result);
    expect(result.error).not.toBe(UNEXPECTED_ERROR);
    expect(errors).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) {
      tally.accepted++;
      const theirs = written.filter((w) => w.aract === world.other.id);
      if (!fuzzCase.network) expect(describeWrites(theirs), "another Aract's rows written").toEqual([]);
    } else {
      tally.refused++;
      expect(describeWrites(written), `written although refused (${result.error})`).toEqual([]);
    }
  }

  // Every failure of the sweep is reported at once, each with the change that caused it.
  const failures: string[] = [];
  for (const change of sweep(sample, counterparts(world))) {
    tally.swept++;
    await check(await mutated(change)).catch((error: unknown) =>
      failures.push(`${JSON.stringify(change).slice(0, 200)}\n    ${String(error).slice(0, 600)}`),
    );
  }
  expect(failures, `the sweep of ${action.name} failed`).toEqual([]);
  await fc.assert(
    fc.asyncProperty(plans(sample, ids), async (plan) => {
      tally.runs++;
      if (plan.kind === "hostile" || plan.kind === "wrong-types") await check(plan.payload);
      else await check(plan.kind === "valid" ? await fuzzCase.valid(world, db) : await mutated(plan.mutation));
    }),
    { seed: FUZZ_SEED, numRuns: FUZZ_RUNS },
  );
  // Whatever the accepted calls wrote, the data still holds together.
  expect(await invariants(), "invariants broken by accepted calls").toEqual([]);
}

/** Defines the fuzz of this shard's actions (the actions sorted by name, every shards-th one). */
export function fuzzActions(all: DiscoveredAction[], shard: number, shards: number) {
  const db = testDb();
  const tallies = new Map<string, Tally>();
  let started = 0;
  let probes: Probes;
  beforeAll(async () => {
    started = Date.now();
    probes = { writes: await writeLog(db), invariants: await invariantChecker(db) };
    console.log(
      `Fuzz of the server actions, shard ${shard + 1}/${shards}: FUZZ_SEED=${FUZZ_SEED} FUZZ_RUNS=${FUZZ_RUNS} (runs per action)`,
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
    actAs(null);
  });
  afterAll(async () => {
    const sum = (key: keyof Tally) => [...tallies.values()].reduce((total, t) => total + t[key], 0);
    const lines = [...tallies].map(
      ([name, t]) =>
        `  ${name}: ${t.swept} swept + ${t.runs} random calls, ${t.accepted} accepted, ${t.refused} refused`,
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `${lines.join("\n")}\n${tallies.size} actions, ${sum("swept")} swept + ${sum("runs")} random calls in ${seconds} s`,
    );
    await db.$disconnect();
  });

  describe(`every server action, sent malformed payloads (seed ${FUZZ_SEED})`, () => {
    for (const action of all.filter((_, i) => i % shards === shard)) {
      it(
        `${action.name} (${action.module})`,
        async () => {
          const fuzzCase = CASES[action.name];
          expect(fuzzCase, `no fuzz case for ${action.name}: add one in tests/support/fuzz/cases-*.ts`).toBeDefined();
          const tally = { swept: 0, runs: 0, accepted: 0, refused: 0 };
          tallies.set(action.name, tally);
          await fuzzOne(db, probes, action, fuzzCase!, tally);
        },
        60_000 + FUZZ_RUNS * 1_000,
      );
    }
  });
}

/** Every export of every "use server" module has a case, once; every case names an existing action. */
export function expectEveryActionFuzzed(all: DiscoveredAction[]) {
  const names = all.map((a) => a.name);
  expect(names.length, "server actions found").toBeGreaterThan(40);
  expect(new Set(names).size, "two actions share a name").toBe(names.length);
  expect(
    names.filter((name) => !CASES[name]),
    "actions without a fuzz case",
  ).toEqual([]);
  expect(
    Object.keys(CASES).filter((name) => !names.includes(name)),
    "cases of no action",
  ).toEqual([]);
}

/** The write log, checked against itself: a committed write is in it, a rolled-back one is not. */
export async function expectWriteLogToSeeWrites() {
  const db = testDb();
  try {
    const writes = await writeLog(db);
    const aract = await db.aract.create({ data: { slug: `journal-${Date.now()}`, name: "Journal", region: "Essai" } });
    await db
      .$transaction(async (tx) => {
        await tx.aract.update({ where: { id: aract.id }, data: { region: "Annulé" } });
        throw new Error("rolled back");
      })
      .catch(() => {});
    expect(await writes()).toEqual([{ table: "Aract", aract: aract.id }]);
    expect(await writes()).toEqual([]);
  } finally {
    await db.$disconnect();
  }
}
