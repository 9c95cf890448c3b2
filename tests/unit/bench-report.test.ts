import { describe, expect, it } from "vitest";
import { latencySummary, median, percentile } from "../../scripts/lib/bench/stats.ts";
import { factorVerdicts, pageRatios, scalingVerdicts, type FactorRun, type PageMeasure } from "../../scripts/lib/bench/results.ts";
import { COMPARISON_HEADING, IMPORT_HEADING, splitSections, updateBenchmarks, updateImportSection } from "../../scripts/lib/bench/report.ts";
import { importBody } from "../../scripts/lib/bench/import-report.ts";
import { benchCommand, benchDatabaseName, isCompleteRun, parseBenchArgs } from "../../scripts/lib/bench/args.ts";

const page = (key: PageMeasure["key"], requestsPerSecond: number, p95: number): PageMeasure => ({
  key,
  paths: key === "static" ? "/accessibilite" : `/${key}`,
  variants: 5,
  requestsPerSecond,
  requests: requestsPerSecond * 10,
  p50: p95 / 2,
  p95,
  p99: p95 * 1.5,
});

/** A run whose pages all meet the targets: 100 req/s against a static page of 600, p95 at most 2 × 60 ms. */
function run(factor: number, dashboardP95: number, overrides: Partial<FactorRun> = {}): FactorRun {
  return {
    factor,
    seed: 1,
    durationSeconds: 10,
    connections: 10,
    measuredAt: "2026-11-23T06:40:12.000Z",
    command: "npm run bench -- --factors 1,3 --seed 1 --duration 10",
    machine: { cpuModel: "Test CPU", cpuCount: 2, memoryBytes: 8 * 2 ** 30, os: "Linux 6.1", node: "v20.20.0", postgres: "18.0" },
    volumes: [{ table: "Cluster", rows: 3000 * factor }],
    pages: [
      page("nationalDashboard", 100, dashboardP95),
      page("aractDashboard", 120, 100),
      page("cluster", 100, 110),
      page("clusters", 100, 110),
      page("pairHome", 150, 80),
      page("diagnostic", 150, 80),
      page("account", 200, 60),
      page("static", 600, 30),
    ],
    afterChange: { runs: 5, medianMs: dashboardP95 * 2, maxMs: dashboardP95 * 2.5 },
    twoInstances: { connectionsEach: 5, instances: [{ requestsPerSecond: 60, p95: 100 }, { requestsPerSecond: 55, p95: 110 }] },
    firstLoad: [
      { route: "/", gzipBytes: 140_000 },
      { route: "/rapports", gzipBytes: 149_900 },
    ],
    queries: [
      { name: "totals", scope: "National", medianMs: 40, executionMs: 35 },
      { name: "byAract", scope: "Aract Bretagne", medianMs: 120, executionMs: 9 },
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
  it("meets every target of a fast run, each page judged against the references of its own run", () => {
    const fast = run(1, 120);
    const verdicts = factorVerdicts(fast);
    expect(verdicts).toHaveLength(6 * 2 + 3);
    expect(verdicts.filter((v) => !v.met)).toEqual([]);
    expect(pageRatios(fast, fast.pages[0]!)).toEqual({ throughput: 100 / 600, p95: 2 });
  });

  it("misses the page, change, JavaScript and national query targets when they are over", () => {
    const slow = run(1, 121, {
      pages: run(1, 121).pages.map((p) => (p.key === "cluster" ? page("cluster", 89, 100) : p)),
      afterChange: { runs: 5, medianMs: 364, maxMs: 400 },
      firstLoad: [{ route: "/connexion", gzipBytes: 150_001 }],
      queries: [{ name: "byTheme", scope: "National", medianMs: 100, executionMs: 95 }],
    });
    const missed = factorVerdicts(slow).filter((v) => !v.met);
    expect(missed.map((v) => v.target)).toEqual([
      "Tableau de bord national : p95 ≤ 2 × celui de « Mon compte »",
      "Page d'un cluster (les plus grands) : débit ≥ 0,15 × la page statique",
      "Première requête du tableau de bord national après un changement ≤ 3 × son p95",
      "JavaScript au premier chargement ≤ 150 ko (gzip) sur chaque route",
      "Chaque requête des rapports nationaux < 100 ms (médiane)",
    ]);
    expect(missed[3]!.measured).toContain("/connexion (150,0 ko)");
    expect(missed[4]!.measured).toContain("byTheme");
  });

  it("judges only the national queries: an Aract's are reported, not targeted", () => {
    const verdict = factorVerdicts(run(1, 120)).at(-1)!;
    expect(verdict).toMatchObject({ met: true, measured: "1 requêtes sur 1 sous la cible" });
  });

  it("accepts factor 3 at most 1.5 times as slow, page by page, the references left out", () => {
    const verdicts = scalingVerdicts({ cluster: 100, clusters: 100, static: 10 }, { cluster: 150, clusters: 151, static: 100 });
    expect(verdicts.map((v) => [v.target.split(" :")[0], v.met])).toEqual([
      ["Page d'un cluster (les plus grands)", true],
      ["Liste des clusters (nationale)", false],
    ]);
  });
});

describe("docs/benchmarks.md", () => {
  it("writes a factor section into an empty document", () => {
    const markdown = updateBenchmarks("", run(1, 120));
    const { intro, sections } = splitSections(markdown);
    expect(intro).toContain("--factors 1,3");
    expect(sections.map((s) => s.heading)).toEqual(["Facteur 1"]);
    const body = sections[0]!.body;
    expect(body).toContain("`npm run bench -- --factors 1,3 --seed 1 --duration 10`");
    expect(body).toContain("2 × Test CPU, 8,0 Gio de mémoire, Linux 6.1, Node v20.20.0, PostgreSQL 18.0");
    expect(body).toMatch(/\| Tableau de bord national \| \/nationalDashboard \| 5 \| 100,0 \| 60,0 \| 120,0 \| 180,0 \| 0,17 × \| 2,00 × \|/);
    expect(body).toContain("médiane 240,0 ms, au plus 300,0 ms");
    expect(body).toContain("115,0 requêtes/s en tout");
    expect(body).toContain("| `/rapports` | 149,9 | oui |");
    expect(body).toContain("| `totals` | National | 40,0 | 35,0 | oui |");
  });

  it("adds the comparison once both factors 1 and 3 are there, in factor order", () => {
    const withThree = updateBenchmarks("", run(3, 170));
    expect(splitSections(withThree).sections.map((s) => s.heading)).toEqual(["Facteur 3"]);
    const both = updateBenchmarks(withThree, run(1, 120));
    const { sections } = splitSections(both);
    expect(sections.map((s) => s.heading)).toEqual(["Facteur 1", "Facteur 3", COMPARISON_HEADING]);
    expect(sections[2]!.body).toContain("| Tableau de bord national | 120,0 | 170,0 | × 1,42 |");
    // Six measured pages judged; the references are shown, not judged.
    expect(sections[2]!.body.match(/\| atteinte \|/g)).toHaveLength(6);
    expect(sections[1]!.body).toContain("Les cibles sont fixées au facteur 1");
    expect(sections[0]!.body).not.toContain("Les cibles sont fixées au facteur 1");
  });

  it("replaces only the rerun factor's section and recomputes the comparison", () => {
    const before = updateBenchmarks(updateBenchmarks("", run(1, 120)), run(3, 170));
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

  it("keeps other factors, writes decimal factors the French way and drops sections of the older benchmark", () => {
    const older = "# Mesures\n\n## Facteur 3\n\n<!-- bench-data {\"factor\":3,\"p50\":1,\"p95\":2} -->\n";
    const markdown = updateBenchmarks(updateBenchmarks(older, run(1, 120)), run(0.5, 80));
    expect(splitSections(markdown).sections.map((s) => s.heading)).toEqual(["Facteur 0,5", "Facteur 1"]);
    expect(updateBenchmarks(markdown, run(0.5, 80))).toEqual(markdown);
  });
});

describe("the import's section", () => {
  const measure = { rows: 200, runs: 5, previewMs: [700, 650, 900, 640, 610], importMs: [2100, 1900, 5600, 2000, 2050] };
  const machine = run(1, 120).machine;

  it("gives each run and the medians, judged against 5 s", () => {
    // French figures: a narrow no-break space between thousands.
    const body = importBody(measure, machine, "2026-12-07T11:36:00.000Z").replaceAll("\u202f", " ");
    expect(body).toContain("| 3 | 900 ms | 5 600 ms |");
    expect(body).toContain("| **Médiane** | **650 ms** | **2 050 ms** |");
    expect(body).toContain("| Import de 200 lignes < 5 s (médiane) | 2 050 ms | atteinte |");
    expect(importBody({ ...measure, importMs: [5000, 6000, 7000, 5100, 4000] }, machine, "2026-12-07T11:36:00.000Z")).toContain(
      "**manquée**",
    );
  });

  it("is kept when a factor is rerun, and replaced by the next import's run", () => {
    const withImport = updateImportSection(updateBenchmarks("", run(1, 120)), importBody(measure, machine, "2026-12-07T11:36:00.000Z"));
    const headings = (markdown: string) => splitSections(markdown).sections.map((s) => s.heading);
    expect(headings(withImport)).toEqual(["Facteur 1", IMPORT_HEADING]);
    expect(headings(updateBenchmarks(withImport, run(3, 170)))).toEqual(["Facteur 1", "Facteur 3", COMPARISON_HEADING, IMPORT_HEADING]);
    const again = updateImportSection(withImport, importBody(measure, machine, "2026-12-08T09:00:00.000Z"));
    expect(headings(again)).toEqual(["Facteur 1", IMPORT_HEADING]);
    expect(again).toContain("2026-12-08 à 09:00");
    expect(again).not.toContain("2026-12-07 à 11:36");
  });
});

describe("the command line", () => {
  it("defaults to factors 1 then 3, seed 1, 10 s and every page", () => {
    const args = parseBenchArgs([]);
    expect(args).toEqual({
      factors: [1, 3],
      seed: 1,
      durationSeconds: 10,
      pages: ["nationalDashboard", "aractDashboard", "cluster", "clusters", "pairHome", "diagnostic", "account", "static"],
      importOnly: false,
    });
    expect(isCompleteRun(args)).toBe(true);
    expect(benchCommand(args)).toBe("npm run bench -- --factors 1,3 --seed 1 --duration 10");
  });

  it("reads the options and keeps the pages in their usual order", () => {
    const args = parseBenchArgs(["--factors", "0.02", "--seed", "7", "--duration", "3", "--pages", "static,cluster"]);
    expect(args).toEqual({ factors: [0.02], seed: 7, durationSeconds: 3, pages: ["cluster", "static"], importOnly: false });
    expect(isCompleteRun(args)).toBe(false);
    expect(parseBenchArgs(["--import"]).importOnly).toBe(true);
  });

  it("refuses values that would make a meaningless run", () => {
    expect(() => parseBenchArgs(["--factors", "0"])).toThrow(/--factors/);
    expect(() => parseBenchArgs(["--factors", "1,abc"])).toThrow(/--factors/);
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
