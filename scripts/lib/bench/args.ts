import { parseArgs } from "node:util";
import { PAGE_KEYS, type PageKey } from "./results.ts";

export type BenchArgs = {
  /** The data sizes measured one after the other, in one run (1 and 3 by default). */
  factors: number[];
  seed: number;
  durationSeconds: number;
  /** The pages to measure; the document is written only when all of them are. */
  pages: PageKey[];
  /** Only the import of a list of structures, on a copy of the factor 1 data. */
  importOnly: boolean;
};

/** Parses `npm run bench -- [--factors 1,3] [--seed S] [--duration SECONDES] [--pages cluster,static,…] [--import]`. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      factors: { type: "string", default: "1,3" },
      seed: { type: "string", default: "1" },
      duration: { type: "string", default: "10" },
      pages: { type: "string", default: PAGE_KEYS.join(",") },
      import: { type: "boolean", default: false },
    },
  });
  const factors = values.factors.split(",").map((factor) => Number(factor.trim()));
  if (factors.length === 0 || !factors.every((factor) => Number.isFinite(factor) && factor > 0)) {
    throw new Error(`--factors : des nombres positifs séparés par des virgules sont attendus, par exemple 1,3 (reçu « ${values.factors} »).`);
  }
  const seed = Number(values.seed);
  const durationSeconds = Number(values.duration);
  if (!(Number.isInteger(seed) && seed >= 0)) throw new Error(`--seed : un entier positif est attendu (reçu « ${values.seed} »).`);
  if (!(Number.isInteger(durationSeconds) && durationSeconds >= 1)) {
    throw new Error(`--duration : un nombre entier de secondes est attendu (reçu « ${values.duration} »).`);
  }
  const pages = values.pages.split(",").map((page) => page.trim());
  const unknown = pages.filter((page) => !(PAGE_KEYS as readonly string[]).includes(page));
  if (unknown.length || pages.length === 0) {
    throw new Error(`--pages : choisissez parmi ${PAGE_KEYS.join(", ")} (reçu « ${values.pages} »).`);
  }
  return {
    factors,
    seed,
    durationSeconds,
    pages: PAGE_KEYS.filter((key) => pages.includes(key)),
    importOnly: values.import,
  };
}

export function isCompleteRun(args: BenchArgs): boolean {
  return args.pages.length === PAGE_KEYS.length;
}

/** The command that reproduces a run, as written in the document. */
export function benchCommand(args: BenchArgs): string {
  return `npm run bench -- --factors ${args.factors.join(",")} --seed ${args.seed} --duration ${args.durationSeconds}`;
}

/** One database per factor and seed, so that switching between them never regenerates the other. */
export function benchDatabaseName(factor: number, seed: number): string {
  return `bench_f${String(factor).replace(/[^0-9]/g, "_")}_s${seed}`;
}
