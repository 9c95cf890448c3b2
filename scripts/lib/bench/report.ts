// docs/benchmarks.md, written from the runs: string in, string out. Each factor owns one section; rerunning a
// factor replaces that section only, and the factor 3 / factor 1 comparison is recomputed from the sections'
// embedded figures, so that a later run of one factor never needs the other run's results in memory.
import {
  PAGE_LABELS,
  QUERY_RUNS,
  TARGETS,
  factorVerdicts,
  formatNumber,
  isQueryFast,
  pageOf,
  scalingVerdict,
  throughputRatio,
  type DashboardLatency,
  type FactorRun,
  type Machine,
  type Verdict,
} from "./results.ts";

export const COMPARISON_HEADING = "Facteur 3 / facteur 1";

export type Section = { heading: string; body: string };

type SectionData = DashboardLatency & { factor: number; rendered?: DashboardLatency };

const DATA_MARK = /^<!-- bench-data (\{.*\}) -->$/m;

const INTRO = `# Mesures de performance

Ce fichier est écrit par \`npm run bench\` : ne le modifiez pas à la main.

Le banc d'essai démarre l'application en production (\`next start\`) sur une base PostgreSQL remplie par le
générateur de données à l'échelle, puis mesure, en une seule exécution :

- le débit (requêtes par seconde, moyenne) et les latences p50, p95 et p99 de trois pages, avec autocannon
  (10 connexions simultanées, lancé sur la même machine), connecté comme l'équipe nationale : le tableau de bord national \`/rapports\` sans
  filtre, la page du cluster qui compte le plus d'entreprises, et la page statique \`/accessibilite\` (sans session) ;
- le tableau de bord deux fois, rendu à chaque requête avec ses chiffres gardés en mémoire (par Aract et
  filtres, jusqu'à un changement dans l'Aract ou pendant dix minutes au plus) : à la même adresse, puis à
  une adresse nouvelle par requête (\`/rapports?essai=1\`, \`2\`…) ;
- pour référence, deux pages rendues à chaque requête sans données à calculer : la page de connexion
  (visiteur) et « Mon compte » (connecté), qui donnent le plafond de toute page rendue à chaque requête sur cette machine ;
- le recalcul des faits des rapports (toutes les Aract, puis une) ;
- la durée de chaque requête des rapports, pour l'équipe nationale et pour une Aract : médiane de ${QUERY_RUNS}
  exécutions après une d'échauffement, et temps d'exécution donné par PostgreSQL (\`EXPLAIN ANALYZE\`).

Pour reproduire une section : \`npm run bench -- --factor N\` (options : \`--seed S\`, \`--duration SECONDES\`).
Les données de chaque facteur sont gardées sous \`.data/bench-pg\` : une deuxième exécution ne les régénère pas.

Cibles, sur une machine à 2 cœurs au facteur 1 :

- tableau de bord national sans filtre : p95 < ${TARGETS.dashboardP95Ms} ms ;
- débit du tableau de bord ≥ ${formatNumber(TARGETS.dashboardToStaticThroughput, 2)} × celui de la page statique ;
- chaque requête des rapports < ${TARGETS.queryMs} ms ;
- tableau de bord au facteur 3 au plus ${TARGETS.factor3ToFactor1Latency} fois plus lent qu'au facteur 1.
`;

export function factorHeading(factor: number): string {
  return `Facteur ${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4 }).format(factor)}`;
}

/** The text before the first `## ` heading, and each `## ` section with everything up to the next one. */
export function splitSections(markdown: string): { intro: string; sections: Section[] } {
  const [intro = "", ...parts] = markdown.split(/^## /m);
  const sections = parts.map((part) => {
    const newline = part.indexOf("\n");
    return newline === -1
      ? { heading: part.trim(), body: "" }
      : { heading: part.slice(0, newline).trim(), body: part.slice(newline + 1).trim() };
  });
  return { intro: intro.trim(), sections };
}

export function joinSections(intro: string, sections: readonly Section[]): string {
  return [intro.trim(), ...sections.map((s) => `## ${s.heading}\n\n${s.body.trim()}`)].join("\n\n") + "\n";
}

function dataOf(section: Section): SectionData | null {
  const match = DATA_MARK.exec(section.body);
  return match ? (JSON.parse(match[1]!) as SectionData) : null;
}

/** The document with `run`'s section written or replaced, other factors kept, and the comparison recomputed. */
export function updateBenchmarks(markdown: string, run: FactorRun): string {
  const own = factorHeading(run.factor);
  const kept = splitSections(markdown).sections.filter((s) => s.heading !== own && s.heading !== COMPARISON_HEADING);
  const factorSections = [...kept.filter((s) => dataOf(s)), { heading: own, body: factorBody(run) }].sort(
    (a, b) => dataOf(a)!.factor - dataOf(b)!.factor,
  );
  const others = kept.filter((s) => !dataOf(s));
  const factor1 = factorSections.map(dataOf).find((d) => d!.factor === 1);
  const factor3 = factorSections.map(dataOf).find((d) => d!.factor === 3);
  const comparison =
    factor1 && factor3 ? [{ heading: COMPARISON_HEADING, body: comparisonBody(factor1, factor3) }] : [];
  return joinSections(INTRO, [...factorSections, ...others, ...comparison]);
}

const row = (cells: readonly (string | number)[]) => `| ${cells.join(" | ")} |`;

/** A Markdown table: its header, each column's alignment ("l" or "r"), and its rows. */
function table(header: readonly string[], align: string, rows: readonly (readonly (string | number)[])[]): string[] {
  return [row(header), row([...align].map((a) => (a === "r" ? "---:" : "---"))), ...rows.map(row)];
}
const verdictCell = (met: boolean) => (met ? "atteinte" : "**manquée**");

function machineLine(machine: Machine): string {
  const memory = `${formatNumber(machine.memoryBytes / 2 ** 30, 1)} Gio de mémoire`;
  return `${machine.cpuCount} × ${machine.cpuModel}, ${memory}, ${machine.os}, Node ${machine.node}, PostgreSQL ${machine.postgres}`;
}

function verdictTable(verdicts: readonly Verdict[]): string[] {
  return table(
    ["Cible", "Mesure", "Verdict"],
    "lll",
    verdicts.map((v) => [v.target, v.measured, verdictCell(v.met)]),
  );
}

function factorBody(run: FactorRun): string {
  const tenth = (value: number) => Math.round(value * 10) / 10;
  const latency = (key: "dashboard" | "dashboardRendered") => ({
    p50: tenth(pageOf(run, key).p50),
    p95: tenth(pageOf(run, key).p95),
  });
  const data: SectionData = { factor: run.factor, ...latency("dashboard"), rendered: latency("dashboardRendered") };
  const when = `${run.measuredAt.slice(0, 10)} à ${run.measuredAt.slice(11, 16)} (UTC)`;
  return [
    `<!-- bench-data ${JSON.stringify(data)} -->`,
    "",
    `Mesuré le ${when} avec \`${run.command}\`.`,
    "",
    `Machine : ${machineLine(run.machine)}.`,
    "",
    "### Volume des données",
    "",
    ...table(
      ["Table", "Lignes"],
      "lr",
      run.volumes.map((v) => [v.table, formatNumber(v.rows, 0)]),
    ),
    "",
    "### Pages",
    "",
    `autocannon, ${run.connections} connexions, ${run.durationSeconds} s par page après un échauffement ; ` +
      "toutes les réponses en 200.",
    "",
    ...table(
      ["Page", "Chemin", "Requêtes/s", "p50 (ms)", "p95 (ms)", "p99 (ms)", "Réponses"],
      "llrrrrr",
      run.pages.map((p) => [
        PAGE_LABELS[p.key],
        `\`${p.path}\``,
        formatNumber(p.requestsPerSecond, 1),
        formatNumber(p.p50, 1),
        formatNumber(p.p95, 1),
        formatNumber(p.p99, 1),
        formatNumber(p.requests, 0),
      ]),
    ),
    "",
    `Débit du tableau de bord rapporté à celui de la page statique : ${formatNumber(throughputRatio(run), 2)}.`,
    ...referenceRatios(run),
    "",
    "### Requêtes des rapports",
    "",
    `Médiane de ${QUERY_RUNS} exécutions après une d'échauffement, mesurée depuis Node (aller-retour compris) ; ` +
      "temps d'exécution d'une exécution `EXPLAIN (ANALYZE)` selon PostgreSQL.",
    "",
    ...table(
      ["Requête", "Périmètre", "Médiane (ms)", "Exécution PostgreSQL (ms)", `< ${TARGETS.queryMs} ms`],
      "llrrl",
      run.queries.map((q) => [
        `\`${q.name}\``,
        q.scope,
        formatNumber(q.medianMs, 1),
        formatNumber(q.executionMs, 1),
        isQueryFast(q) ? "oui" : "**non**",
      ]),
    ),
    "",
    "### Recalcul des faits des rapports",
    "",
    "Les requêtes lisent des faits agrégés (une ligne par entreprise et par cluster), recalculés pour une Aract " +
      "à la première lecture après un changement dans cette Aract, et pour toutes à la première lecture de chaque " +
      "tranche de dix minutes : " +
      "médiane de trois recalculs.",
    "",
    ...table(
      ["Périmètre", "Médiane (ms)"],
      "lr",
      run.refreshes.map((r) => [r.scope, formatNumber(r.medianMs, 1)]),
    ),
    "",
    "### Cibles",
    "",
    ...(run.factor === 1
      ? []
      : ["Les cibles sont fixées au facteur 1 : elles ne sont données ici que pour comparaison.", ""]),
    ...verdictTable(factorVerdicts(run)),
  ].join("\n");
}

/** How the pages rendered at each request compare with the static page. */
function referenceRatios(run: FactorRun): string[] {
  const staticPage = run.pages.find((p) => p.key === "static");
  const references = run.pages.filter(
    (p) => p.key === "dashboardRendered" || p.key === "signin" || p.key === "account",
  );
  if (!staticPage || references.length === 0) return [];
  return [
    "",
    ...references.map(
      (p) =>
        `${PAGE_LABELS[p.key]} rapportée à la page statique : ${formatNumber(p.requestsPerSecond / staticPage.requestsPerSecond, 2)}.`,
    ),
  ];
}

function comparisonBody(factor1: SectionData, factor3: SectionData): string {
  const latencies = (name: (q: "p50" | "p95") => string, one: DashboardLatency, three: DashboardLatency) =>
    (["p50", "p95"] as const).map((q) => [
      name(q),
      formatNumber(one[q], 1),
      formatNumber(three[q], 1),
      `× ${formatNumber(three[q] / one[q], 2)}`,
    ]);
  const rendered =
    factor1.rendered && factor3.rendered
      ? latencies((q) => `${q}, rendu à chaque requête (référence)`, factor1.rendered, factor3.rendered)
      : [];
  return [
    "Latences du tableau de bord national sans filtre, d'après les sections ci-dessus.",
    "",
    ...table(["Latence", "Facteur 1 (ms)", "Facteur 3 (ms)", "Rapport"], "lrrr", [
      ...latencies((q) => q, factor1, factor3),
      ...rendered,
    ]),
    "",
    ...verdictTable([scalingVerdict(factor1, factor3)]),
  ].join("\n");
}

/** The lines printed at the end of a run. */
export function consoleSummary(run: Pick<FactorRun, "pages" | "queries">, verdicts: readonly Verdict[]): string {
  const pages = run.pages.map(
    (p) =>
      `  ${PAGE_LABELS[p.key].padEnd(26)} ${formatNumber(p.requestsPerSecond, 1).padStart(8)} req/s   ` +
      `p50 ${formatNumber(p.p50, 1)} ms   p95 ${formatNumber(p.p95, 1)} ms   p99 ${formatNumber(p.p99, 1)} ms`,
  );
  const queries = run.queries.map(
    (q) =>
      `  ${`${q.name} (${q.scope})`.padEnd(44)} médiane ${formatNumber(q.medianMs, 1)} ms   ` +
      `exécution ${formatNumber(q.executionMs, 1)} ms`,
  );
  const targets = verdicts.map((v) => `  ${v.met ? "✔" : "✘"} ${v.target} : ${v.measured}`);
  return [
    ...(pages.length ? ["Pages :", ...pages] : []),
    ...(queries.length ? ["Requêtes des rapports :", ...queries] : []),
    ...(targets.length ? ["Cibles :", ...targets] : []),
  ].join("\n");
}
