import { parseArgs } from "node:util";
import { PAGE_KEYS, type PageKey } from "./results.ts";

export type BenchArgs = {
  factor: number;
  seed: number;
  durationSeconds: number;
  /** The pages to measure; the document is written only when all of them are. */
  pages: PageKey[];
};

/** Parses `npm run bench -- [--factor N] [--seed S] [--duration SECONDES] [--pages dashboard,cluster,static]`. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      factor: { type: "string", default: "1" },
      seed: { type: "string", default: "1" },
      duration: { type: "string", default: "10" },
      pages: { type: "string", default: PAGE_KEYS.join(",") },
    },
  });
  const factor = Number(values.factor);
  const seed = Number(values.seed);
  const durationSeconds = Number(values.duration);
  if (!(Number.isFinite(factor) && factor > 0)) {
    throw new Error(`--factor : un nombre positif est attendu, par exemple 1 ou 0.5 (reçu « ${values.factor} »).`);
  }
  if (!(Number.isInteger(seed) && seed >= 0)) throw new Error(`--seed : un entier positif est attendu (reçu « ${values.seed} »).`);
  if (!(Number.isInteger(durationSeconds) && durationSeconds >= 1)) {
    throw new Error(`--duration : un nombre entier de secondes est attendu (reçu « ${values.duration} »).`);
  }
  const pages = values.pages.split(",").map((page) => page.trim());
  const unknown = pages.filter((page) => !(PAGE_KEYS as readonly string[]).includes(page));
  if (unknown.length || pages.length === 0) {
    throw new Error(`--pages : choisissez parmi ${PAGE_KEYS.join(", ")} (reçu « ${values.pages} »).`);
  }
  return { factor, seed, durationSeconds, pages: PAGE_KEYS.filter((key) => pages.includes(key)) };
}

export function isCompleteRun(args: BenchArgs): boolean {
  return args.pages.length === PAGE_KEYS.length;
}

/** The command that reproduces a run, as written in the document. */
export function benchCommand(args: BenchArgs): string {
  return `npm run bench -- --factor ${args.factor} --seed ${args.seed} --duration ${args.durationSeconds}`;
}

/** One database per factor and seed, so that switching between them never regenerates the other. */
export function benchDatabaseName(factor: number, seed: number): string {
  return `bench_f${String(factor).replace(/[^0-9]/g, "_")}_s${seed}`;
}
