// What one benchmark run measures, the issue's targets, and whether a run meets them. Pure.

export const PAGE_KEYS = ["dashboard", "dashboardRendered", "cluster", "static", "signin", "account"] as const;
export type PageKey = (typeof PAGE_KEYS)[number];

export const PAGE_LABELS: Record<PageKey, string> = {
  dashboard: "Tableau de bord national",
  // For reference: each request at a new address (a parameter the page ignores), so the page is rendered
  // every time, its figures coming from memory: what the first visit after a change costs.
  dashboardRendered: "Référence : tableau de bord national rendu à chaque requête",
  cluster: "Page d'un cluster",
  static: "Page statique",
  // For reference: what any page rendered per request costs, without data and without session.
  signin: "Référence : page dynamique minimale (connexion, visiteur)",
  // For reference: the lightest signed-in page (session read, scope built, nothing else).
  account: "Référence : page connectée minimale (Mon compte)",
};

/** The pages measured without a session cookie. */
export const VISITOR_PAGES: readonly PageKey[] = ["static", "signin"];

/** The pages asked at a new address on every request, so that no cache in front of the page answers. */
export const RENDERED_PAGES: readonly PageKey[] = ["dashboardRendered"];

/** The targets of issue 5, set for factor 1 on a 2-core machine. */
export const TARGETS = {
  dashboardP95Ms: 300,
  dashboardToStaticThroughput: 0.25,
  queryMs: 100,
  factor3ToFactor1Latency: 2,
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
  path: string;
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

export function throughputRatio(run: Pick<FactorRun, "pages">): number {
  return pageOf(run, "dashboard").requestsPerSecond / pageOf(run, "static").requestsPerSecond;
}

export function isQueryFast(query: QueryMeasure): boolean {
  return query.medianMs < TARGETS.queryMs;
}

/** The targets that one factor's run can be judged on by itself. */
export function factorVerdicts(run: FactorRun): Verdict[] {
  const ratio = throughputRatio(run);
  const slow = run.queries.filter((q) => !isQueryFast(q));
  const dashboard = pageOf(run, "dashboard");
  return [
    {
      target: `Tableau de bord national, p95 < ${TARGETS.dashboardP95Ms} ms (sans filtre)`,
      met: dashboard.p95 < TARGETS.dashboardP95Ms,
      measured: ms(dashboard.p95),
    },
    {
      target: `Débit du tableau de bord ≥ ${formatNumber(TARGETS.dashboardToStaticThroughput, 2)} × celui de la page statique`,
      met: ratio >= TARGETS.dashboardToStaticThroughput,
      measured: `${formatNumber(ratio, 2)} ×`,
    },
    {
      target: `Chaque requête des rapports < ${TARGETS.queryMs} ms (médiane)`,
      met: run.queries.length > 0 && slow.length === 0,
      measured:
        run.queries.length === 0
          ? "aucune requête mesurée"
          : slow.length === 0
            ? `${run.queries.length} requêtes sur ${run.queries.length} sous la cible`
            : `au-dessus : ${slow.map((q) => `${q.name} (${q.scope}, ${ms(q.medianMs)})`).join(", ")}`,
    },
  ];
}

export type DashboardLatency = { p50: number; p95: number };

/** How much slower the dashboard is at factor 3 than at factor 1. */
export function scalingVerdict(factor1: DashboardLatency, factor3: DashboardLatency): Verdict & DashboardLatency {
  const p50 = factor3.p50 / factor1.p50;
  const p95 = factor3.p95 / factor1.p95;
  return {
    target: `Tableau de bord au facteur 3 au plus ${TARGETS.factor3ToFactor1Latency} fois plus lent qu'au facteur 1 (p50 et p95)`,
    met: p50 <= TARGETS.factor3ToFactor1Latency && p95 <= TARGETS.factor3ToFactor1Latency,
    measured: `p50 × ${formatNumber(p50, 2)}, p95 × ${formatNumber(p95, 2)}`,
    p50,
    p95,
  };
}
