import { describe, expect, it } from "vitest";
import { latencySummary, median, percentile } from "../../scripts/lib/bench/stats.ts";
import {
  factorVerdicts,
  scalingVerdict,
  throughputRatio,
  type FactorRun,
  type PageMeasure,
} from "../../scripts/lib/bench/results.ts";
import { COMPARISON_HEADING, splitSections, updateBenchmarks } from "../../scripts/lib/bench/report.ts";
import { benchCommand, benchDatabaseName, isCompleteRun, parseBenchArgs } from "../../scripts/lib/bench/args.ts";

const page = (key: PageMeasure["key"], requestsPerSecond: number, p95: number): PageMeasure => ({
  key,
  path: { dashboard: "/rapports", dashboardRendered: "/rapports?essai=", cluster: "/clusters/scale-c-000001" }[key as string] ?? "/accessibilite",
  requestsPerSecond,
  requests: requestsPerSecond * 10,
  p50: p95 / 2,
  p95,
  p99: p95 * 1.5,
});

function run(factor: number, dashboardP95: number, overrides: Partial<FactorRun> = {}): FactorRun {
  return {
    factor,
    seed: 1,
    durationSeconds: 10,
    connections: 10,
    measuredAt: "2026-11-23T06:40:12.000Z",
    command: `npm run bench -- --factor ${factor} --seed 1 --duration 10`,
    machine: { cpuModel: "Test CPU", cpuCount: 2, memoryBytes: 8 * 2 ** 30, os: "Linux 6.1", node: "v20.20.0", postgres: "18.0" },
    volumes: [{ table: "Cluster", rows: 3000 * factor }],
    pages: [
      page("dashboard", 200, dashboardP95),
      page("dashboardRendered", 60, dashboardP95 * 2),
      page("cluster", 150, 90),
      page("static", 600, 30),
    ],
    queries: [
      { name: "totals", scope: "National", medianMs: 40, executionMs: 35 },
      { name: "byAract", scope: "Aract Bretagne", medianMs: 12, executionMs: 9 },
    ],
    refreshes: [{ scope: "National", medianMs: 900 }],
    ...overrides,
  };
}

describe("latency statistics", () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it("takes the nearest-rank percentile", () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3], 0)).toBe(1);
  });

  it("summarises unsorted latencies", () => {
    const shuffled = [...oneToHundred].reverse();
    expect(latencySummary(shuffled)).toEqual({ p50: 50, p95: 95, p99: 99 });
    expect(latencySummary([10, 1000, 20, 30])).toEqual({ p50: 20, p95: 1000, p99: 1000 });
  });

  it("takes the median of odd and even counts", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("refuses to summarise nothing", () => {
    expect(() => latencySummary([])).toThrow();
    expect(() => median([])).toThrow();
  });
});

describe("targets", () => {
  it("meets every target of a fast run", () => {
    const verdicts = factorVerdicts(run(1, 120));
    expect(verdicts.map((v) => v.met)).toEqual([true, true, true]);
    expect(throughputRatio(run(1, 120))).toBeCloseTo(1 / 3);
  });

  it("misses the p95, throughput and query targets when they are over", () => {
    const slow = run(1, 300, {
      pages: [page("dashboard", 149, 300), page("dashboardRendered", 40, 300), page("cluster", 150, 90), page("static", 600, 30)],
      queries: [{ name: "byTheme", scope: "National", medianMs: 100, executionMs: 95 }],
    });
    const verdicts = factorVerdicts(slow);
    expect(verdicts.map((v) => v.met)).toEqual([false, false, false]);
    expect(verdicts[2]!.measured).toContain("byTheme (National");
  });

  it("accepts a throughput of exactly a quarter of the static page's", () => {
    const quarter = run(1, 100, {
      pages: [page("dashboard", 150, 100), page("dashboardRendered", 50, 200), page("static", 600, 30)],
    });
    expect(factorVerdicts(quarter)[1]!.met).toBe(true);
  });

  it("accepts factor 3 at most twice as slow, on p50 and p95", () => {
    expect(scalingVerdict({ p50: 50, p95: 100 }, { p50: 100, p95: 200 }).met).toBe(true);
    expect(scalingVerdict({ p50: 50, p95: 100 }, { p50: 101, p95: 150 }).met).toBe(false);
    expect(scalingVerdict({ p50: 50, p95: 100 }, { p50: 60, p95: 201 })).toMatchObject({ met: false, p95: 2.01 });
  });
});

describe("docs/benchmarks.md", () => {
  it("writes a factor section into an empty document", () => {
    const markdown = updateBenchmarks("", run(1, 120));
    const { intro, sections } = splitSections(markdown);
    expect(intro).toContain("npm run bench -- --factor N");
    expect(sections.map((s) => s.heading)).toEqual(["Facteur 1"]);
    expect(sections[0]!.body).toContain("`npm run bench -- --factor 1 --seed 1 --duration 10`");
    expect(sections[0]!.body).toContain("2 × Test CPU, 8,0 Gio de mémoire, Linux 6.1, Node v20.20.0, PostgreSQL 18.0");
    expect(sections[0]!.body).toMatch(/\| Tableau de bord national \| `\/rapports` \| 200,0 \| 60,0 \| 120,0 \| 180,0 \|/);
    expect(sections[0]!.body).toContain("| `totals` | National | 40,0 | 35,0 | oui |");
  });

  it("adds the comparison once both factors 1 and 3 are there, in factor order", () => {
    const withThree = updateBenchmarks("", run(3, 200));
    expect(splitSections(withThree).sections.map((s) => s.heading)).toEqual(["Facteur 3"]);
    const both = updateBenchmarks(withThree, run(1, 120));
    const { sections } = splitSections(both);
    expect(sections.map((s) => s.heading)).toEqual(["Facteur 1", "Facteur 3", COMPARISON_HEADING]);
    expect(sections[2]!.body).toContain("| p95 | 120,0 | 200,0 | × 1,67 |");
    expect(sections[1]!.body).toContain("Les cibles sont fixées au facteur 1");
    expect(sections[0]!.body).not.toContain("Les cibles sont fixées au facteur 1");
    expect(sections[2]!.body).toContain("| p95, rendu à chaque requête (référence) | 240,0 | 400,0 | × 1,67 |");
    expect(sections[2]!.body).toContain("| atteinte |");
  });

  it("replaces only the rerun factor's section and recomputes the comparison", () => {
    const before = updateBenchmarks(updateBenchmarks("", run(1, 120)), run(3, 200));
    const after = updateBenchmarks(before, run(3, 300, { measuredAt: "2026-11-24T08:00:00.000Z" }));
    const [oldOne, oldThree] = splitSections(before).sections;
    const [newOne, newThree, comparison] = splitSections(after).sections;
    expect(newOne).toEqual(oldOne);
    expect(newThree!.body).not.toEqual(oldThree!.body);
    expect(newThree!.body).toContain("2026-11-24 à 08:00");
    expect(splitSections(after).sections).toHaveLength(3);
    expect(comparison!.body).toContain("× 2,50");
    expect(comparison!.body).toContain("**manquée**");
  });

  it("keeps other factors and writes decimal factors the French way", () => {
    const markdown = updateBenchmarks(updateBenchmarks("", run(1, 120)), run(0.5, 80));
    expect(splitSections(markdown).sections.map((s) => s.heading)).toEqual(["Facteur 0,5", "Facteur 1"]);
    expect(updateBenchmarks(markdown, run(0.5, 80))).toEqual(markdown);
  });
});

describe("the command line", () => {
  it("defaults to factor 1, seed 1, 10 s and every page", () => {
    const args = parseBenchArgs([]);
    expect(args).toEqual({ factor: 1, seed: 1, durationSeconds: 10, pages: ["dashboard", "dashboardRendered", "cluster", "static", "signin", "account"] });
    expect(isCompleteRun(args)).toBe(true);
    expect(benchCommand(args)).toBe("npm run bench -- --factor 1 --seed 1 --duration 10");
  });

  it("reads the options and keeps the pages in their usual order", () => {
    const args = parseBenchArgs(["--factor", "0.02", "--seed", "7", "--duration", "3", "--pages", "static,cluster"]);
    expect(args).toEqual({ factor: 0.02, seed: 7, durationSeconds: 3, pages: ["cluster", "static"] });
    expect(isCompleteRun(args)).toBe(false);
  });

  it("refuses values that would make a meaningless run", () => {
    expect(() => parseBenchArgs(["--factor", "0"])).toThrow(/--factor/);
    expect(() => parseBenchArgs(["--factor", "abc"])).toThrow(/--factor/);
    expect(() => parseBenchArgs(["--seed", "-1"])).toThrow(/--seed/);
    expect(() => parseBenchArgs(["--duration", "2.5"])).toThrow(/--duration/);
    expect(() => parseBenchArgs(["--pages", "dashboard,home"])).toThrow(/--pages/);
    expect(() => parseBenchArgs(["--facteur", "1"])).toThrow();
  });

  it("names one database per factor and seed", () => {
    expect(benchDatabaseName(1, 1)).toBe("bench_f1_s1");
    expect(benchDatabaseName(0.02, 3)).toBe("bench_f0_02_s3");
  });
});
