// What one benchmark run measures, the issue's targets, and whether a run meets them. Pure.

/** The pages measured, in the document's order: the measured ones, then the two references. */
export const PAGE_KEYS = [
  "nationalDashboard",
  "aractDashboard",
  "cluster",
  "clusters",
  "pairHome",
  "diagnostic",
  "account",
  "static",
] as const;
export type PageKey = (typeof PAGE_KEYS)[number];

export const PAGE_LABELS: Record<PageKey, string> = {
  nationalDashboard: "Tableau de bord national",
  aractDashboard: "Tableau de bord d'une Aract",
  cluster: "Page d'un cluster (les plus grands)",
  clusters: "Liste des clusters (nationale)",
  pairHome: "Accueil d'un membre de binôme",
  diagnostic: "Formulaire de diagnostic",
  // The references: the lightest signed-in page (session read, scope built, nothing else), and a page
  // prerendered at build time, served without a session.
  account: "Référence : page connectée minimale (Mon compte)",
  static: "Référence : page statique",
};

export const REFERENCE_PAGES: readonly PageKey[] = ["account", "static"];

/** The targets of issue 12, set for factor 1 on a 2-core machine, as ratios measured in the same run. */
export const TARGETS = {
  throughputToStatic: 0.15,
  p95ToAccount: 2,
  afterChangeToP95: 3,
  factor3ToFactor1P95: 1.5,
  firstLoadKb: 150,
  queryMs: 100,
} as const;

/** Each report query runs once to warm up, then this many times; the median is reported. */
export const QUERY_RUNS = 7;

export type Machine = {
  cpuModel: string;
  cpuCount: number;
  memoryBytes: number;
  os: string;
  node: string;
  postgres: string;
};

export type PageMeasure = {
  key: PageKey;
  /** How the addresses asked vary, e.g. "/rapports, puis ?de=2012…2027". */
  paths: string;
  /** How many different answers the requests cycle through. */
  variants: number;
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
};

export type QueryMeasure = {
  name: string;
  /** Whose figures: "National" or the Aract's name. */
  scope: string;
  medianMs: number;
  /** PostgreSQL's own "Execution Time" of one EXPLAIN ANALYZE run. */
  executionMs: number;
};

/** The recomputation of the report facts for a scope (every Aract, or one). */
export type RefreshMeasure = { scope: string; medianMs: number };

/** The first request of the national dashboard after a recorded change, each timed alone. */
export type AfterChangeMeasure = { runs: number; medianMs: number; maxMs: number };

/** The national dashboard on two app instances over one database, loaded at the same time. */
export type TwoInstanceMeasure = {
  connectionsEach: number;
  instances: { requestsPerSecond: number; p95: number }[];
};

/** The JavaScript a first visit of a route loads (gzip), from the build's manifests. */
export type FirstLoadMeasure = { route: string; gzipBytes: number };

export type FactorRun = {
  factor: number;
  seed: number;
  durationSeconds: number;
  connections: number;
  /** ISO 8601. */
  measuredAt: string;
  command: string;
  machine: Machine;
  volumes: { table: string; rows: number }[];
  pages: PageMeasure[];
  afterChange: AfterChangeMeasure;
  twoInstances: TwoInstanceMeasure;
  firstLoad: FirstLoadMeasure[];
  queries: QueryMeasure[];
  refreshes: RefreshMeasure[];
};

export type Verdict = { target: string; met: boolean; measured: string };

const ms = (value: number) => `${formatNumber(value, 1)} ms`;

export function formatNumber(value: number, digits: number): string {
  return new Intl.NumberFormat("fr-FR", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function pageOf(run: Pick<FactorRun, "pages">, key: PageKey): PageMeasure {
  const page = run.pages.find((p) => p.key === key);
  if (!page) throw new Error(`no measure for the page "${key}"`);
  return page;
}

export function measuredPages(run: Pick<FactorRun, "pages">): PageMeasure[] {
  return run.pages.filter((p) => !REFERENCE_PAGES.includes(p.key));
}

/** A page's throughput against the static page's, and its p95 against "Mon compte"'s, in the same run. */
export function pageRatios(run: Pick<FactorRun, "pages">, page: PageMeasure) {
  return {
    throughput: page.requestsPerSecond / pageOf(run, "static").requestsPerSecond,
    p95: page.p95 / pageOf(run, "account").p95,
  };
}

export function isQueryFast(query: QueryMeasure): boolean {
  return query.medianMs < TARGETS.queryMs;
}

const kb = (bytes: number) => bytes / 1000;

/** The targets that one factor's run can be judged on by itself. */
export function factorVerdicts(run: FactorRun): Verdict[] {
  const pages = measuredPages(run).flatMap((page) => {
    const ratios = pageRatios(run, page);
    return [
      {
        target: `${PAGE_LABELS[page.key]} : débit ≥ ${formatNumber(TARGETS.throughputToStatic, 2)} × la page statique`,
        met: ratios.throughput >= TARGETS.throughputToStatic,
        measured: `${formatNumber(ratios.throughput, 2)} ×`,
      },
      {
        target: `${PAGE_LABELS[page.key]} : p95 ≤ ${TARGETS.p95ToAccount} × celui de « Mon compte »`,
        met: ratios.p95 <= TARGETS.p95ToAccount,
        measured: `${formatNumber(ratios.p95, 2)} × (${ms(page.p95)})`,
      },
    ];
  });
  const dashboard = pageOf(run, "nationalDashboard");
  const afterChange = run.afterChange.medianMs / dashboard.p95;
  const heavy = run.firstLoad.filter((route) => kb(route.gzipBytes) > TARGETS.firstLoadKb);
  const heaviest = [...run.firstLoad].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  const national = run.queries.filter((q) => q.scope === "National");
  const slow = national.filter((q) => !isQueryFast(q));
  return [
    ...pages,
    {
      target: `Première requête du tableau de bord national après un changement ≤ ${TARGETS.afterChangeToP95} × son p95`,
      met: afterChange <= TARGETS.afterChangeToP95,
      measured: `${formatNumber(afterChange, 2)} × (médiane ${ms(run.afterChange.medianMs)})`,
    },
    {
      target: `JavaScript au premier chargement ≤ ${TARGETS.firstLoadKb} ko (gzip) sur chaque route`,
      met: run.firstLoad.length > 0 && heavy.length === 0,
      measured: heaviest
        ? heavy.length === 0
          ? `au plus ${formatNumber(kb(heaviest.gzipBytes), 1)} ko (${heaviest.route})`
          : `au-dessus : ${heavy.map((r) => `${r.route} (${formatNumber(kb(r.gzipBytes), 1)} ko)`).join(", ")}`
        : "aucune route mesurée",
    },
    {
      target: `Chaque requête des rapports nationaux < ${TARGETS.queryMs} ms (médiane)`,
      met: national.length > 0 && slow.length === 0,
      measured:
        slow.length === 0
          ? `${national.length} requêtes sur ${national.length} sous la cible`
          : `au-dessus : ${slow.map((q) => `${q.name} (${ms(q.medianMs)})`).join(", ")}`,
    },
  ];
}

/** Each page's p95, as kept in a factor's section to compare factors later. */
export type PageLatencies = Partial<Record<PageKey, number>>;

/** How much slower each measured page is at factor 3 than at factor 1 (p95). */
export function scalingVerdicts(factor1: PageLatencies, factor3: PageLatencies): (Verdict & { ratio: number })[] {
  return PAGE_KEYS.filter((key) => !REFERENCE_PAGES.includes(key) && factor1[key] && factor3[key]).map((key) => {
    const ratio = factor3[key]! / factor1[key]!;
    return {
      target: `${PAGE_LABELS[key]} : p95 au facteur 3 ≤ ${formatNumber(TARGETS.factor3ToFactor1P95, 1)} × celui du facteur 1`,
      met: ratio <= TARGETS.factor3ToFactor1P95,
      measured: `× ${formatNumber(ratio, 2)} (${ms(factor1[key]!)} → ${ms(factor3[key]!)})`,
      ratio,
    };
  });
}
