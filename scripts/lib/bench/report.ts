// docs/benchmarks.md, written from the runs: string in, string out. Each factor owns one section; rerunning a
// factor replaces that section only, and the factor 3 / factor 1 comparison is recomputed from the sections'
// embedded figures, so that a later run of one factor never needs the other run's results in memory.
import {
  PAGE_KEYS,
  PAGE_LABELS,
  QUERY_RUNS,
  TARGETS,
  factorVerdicts,
  formatNumber,
  isQueryFast,
  pageOf,
  pageRatios,
  scalingVerdicts,
  type FactorRun,
  type Machine,
  type PageLatencies,
  type Verdict,
} from "./results.ts";

export const COMPARISON_HEADING = "Facteur 3 / facteur 1";
export const IMPORT_HEADING = "Import d'une liste de structures";

export type Section = { heading: string; body: string };

type SectionData = { factor: number; p95: PageLatencies };

const DATA_MARK = /^<!-- bench-data (\{.*\}) -->$/m;

const INTRO = `# Mesures de performance

Ce fichier est écrit par \`npm run bench\` : ne le modifiez pas à la main.

Le banc d'essai démarre l'application en production (son serveur, \`scripts/server.ts\`, autour de la
construction de \`next build\`) sur une base PostgreSQL remplie par le générateur de données à l'échelle, aux
facteurs 1 et 3 l'un après l'autre, et mesure en une seule exécution :

- pour chaque page, le débit (requêtes par seconde, moyenne) et les latences p50, p95 et p99, avec autocannon
  (10 connexions simultanées, lancé sur la même machine). Chaque page passe d'une réponse à l'autre à
  chaque requête (un autre filtre, un autre cluster, une autre page de la liste, une autre personne) : la page
  est rendue à chaque requête, ses données venant des caches, qui ont vu chaque réponse une fois avant la mesure ;
- deux pages de référence dans la même exécution : « Mon compte » (la page connectée la plus légère) et la
  page statique \`/accessibilite\` (construite d'avance, sans session) ;
- la première requête du tableau de bord national après un changement (un accord passe de signé à déposé) :
  les faits de l'Aract sont remis à jour et les chiffres recalculés ;
- le tableau de bord national servi par deux instances de l'application sur la même base, en même temps ;
- le JavaScript chargé à la première visite de chaque route (gzip), d'après les manifestes de la construction ;
- le recalcul des faits des rapports (toutes les Aract, puis une) et la durée de chaque requête des rapports,
  pour l'équipe nationale et pour une Aract : médiane de ${QUERY_RUNS} exécutions après une d'échauffement, et
  temps d'exécution donné par PostgreSQL (\`EXPLAIN ANALYZE\`).

Pour reproduire : \`npm run bench\` (options : \`--factors 1,3\`, \`--seed S\`, \`--duration SECONDES\`).
\`npm run bench -- --import\` mesure à part l'import d'une liste de structures dans le navigateur, sur une copie
des données du facteur 1 (section « Import d'une liste de structures »).
Les données de chaque facteur sont gardées sous \`.data/bench-pg\` : une deuxième exécution ne les régénère pas.

Cibles, sur une machine à 2 cœurs au facteur 1, en rapports mesurés dans la même exécution :

- chaque page : débit ≥ ${formatNumber(TARGETS.throughputToStatic, 2)} × celui de la page statique, et p95 ≤ ${TARGETS.p95ToAccount} × celui de « Mon compte » ;
- première requête du tableau de bord national après un changement ≤ ${TARGETS.afterChangeToP95} × son p95 ;
- p95 de chaque page au facteur 3 ≤ ${formatNumber(TARGETS.factor3ToFactor1P95, 1)} × celui du facteur 1 ;
- JavaScript au premier chargement ≤ ${TARGETS.firstLoadKb} ko (gzip) sur chaque route ;
- chaque requête des rapports nationaux < ${TARGETS.queryMs} ms, aux deux facteurs ;
- import d'une liste de 200 structures < 5 s (médiane), du clic sur « Importer » à la liste du cluster.
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
  // Sections written by an older version of the benchmark carry other figures: they are dropped.
  const factorSections = [...kept.filter((s) => typeof dataOf(s)?.p95 === "object"), { heading: own, body: factorBody(run) }].sort(
    (a, b) => dataOf(a)!.factor - dataOf(b)!.factor,
  );
  const factor1 = factorSections.map(dataOf).find((d) => d!.factor === 1);
  const factor3 = factorSections.map(dataOf).find((d) => d!.factor === 3);
  const comparison =
    factor1 && factor3 ? [{ heading: COMPARISON_HEADING, body: comparisonBody(factor1, factor3) }] : [];
  const importSection = splitSections(markdown).sections.filter((s) => s.heading === IMPORT_HEADING);
  return joinSections(INTRO, [...factorSections, ...comparison, ...importSection]);
}

/** The document with the import's section written or replaced, the factors' sections kept as they are. */
export function updateImportSection(markdown: string, body: string): string {
  const { sections } = splitSections(markdown);
  const kept = sections.filter((s) => s.heading !== IMPORT_HEADING);
  return joinSections(INTRO, [...kept, { heading: IMPORT_HEADING, body }]);
}

const row = (cells: readonly (string | number)[]) => `| ${cells.join(" | ")} |`;

/** A Markdown table: its header, each column's alignment ("l" or "r"), and its rows. */
function table(header: readonly string[], align: string, rows: readonly (readonly (string | number)[])[]): string[] {
  return [row(header), row([...align].map((a) => (a === "r" ? "---:" : "---"))), ...rows.map(row)];
}
const verdictCell = (met: boolean) => (met ? "atteinte" : "**manquée**");

export function machineLine(machine: Machine): string {
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


const kb = (bytes: number) => formatNumber(bytes / 1000, 1);

function factorBody(run: FactorRun): string {
  const p95: PageLatencies = Object.fromEntries(run.pages.map((p) => [p.key, Math.round(p.p95 * 10) / 10]));
  const data: SectionData = { factor: run.factor, p95 };
  const when = `${run.measuredAt.slice(0, 10)} à ${run.measuredAt.slice(11, 16)} (UTC)`;
  const hasReferences = run.pages.some((p) => p.key === "static") && run.pages.some((p) => p.key === "account");
  const dashboard = pageOf(run, "nationalDashboard");
  const two = run.twoInstances;
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
      "toutes les réponses en 200. Débit rapporté à celui de la page statique, p95 rapporté à celui de « Mon compte ».",
    "",
    ...table(
      ["Page", "Adresses", "Réponses différentes", "Requêtes/s", "p50 (ms)", "p95 (ms)", "p99 (ms)", "Débit / statique", "p95 / Mon compte"],
      "llrrrrrrr",
      run.pages.map((p) => {
        const ratios = hasReferences ? pageRatios(run, p) : null;
        return [
          PAGE_LABELS[p.key],
          p.paths,
          formatNumber(p.variants, 0),
          formatNumber(p.requestsPerSecond, 1),
          formatNumber(p.p50, 1),
          formatNumber(p.p95, 1),
          formatNumber(p.p99, 1),
          ratios ? `${formatNumber(ratios.throughput, 2)} ×` : "–",
          ratios ? `${formatNumber(ratios.p95, 2)} ×` : "–",
        ];
      }),
    ),
    "",
    "### Après un changement",
    "",
    `Première requête du tableau de bord national (\`/rapports\`) après chacun de ${run.afterChange.runs} changements, ` +
      `chacune seule : médiane ${formatNumber(run.afterChange.medianMs, 1)} ms, au plus ${formatNumber(run.afterChange.maxMs, 1)} ms ` +
      `(p95 rendu à chaque requête : ${formatNumber(dashboard.p95, 1)} ms).`,
    "",
    "### Deux instances",
    "",
    `Le tableau de bord national sur deux instances de l'application et une base, ${two.connectionsEach} connexions ` +
      `chacune, en même temps, ${run.durationSeconds} s : ` +
      `${formatNumber(two.instances.reduce((sum, i) => sum + i.requestsPerSecond, 0), 1)} requêtes/s en tout ` +
      `(une seule instance, ${run.connections} connexions : ${formatNumber(dashboard.requestsPerSecond, 1)}).`,
    "",
    ...table(
      ["Instance", "Requêtes/s", "p95 (ms)"],
      "lrr",
      two.instances.map((i, index) => [String(index + 1), formatNumber(i.requestsPerSecond, 1), formatNumber(i.p95, 1)]),
    ),
    "",
    "### JavaScript au premier chargement",
    "",
    "Gzip, par route : les fichiers communs du framework et ceux que le manifeste de la route liste pour ses " +
      "segments (dispositions, limites d'erreur, page). Un majorant : un fichier de limite d'erreur est compté " +
      "même quand le navigateur ne le charge qu'en cas d'erreur.",
    "",
    ...table(
      ["Route", "ko (gzip)", `≤ ${TARGETS.firstLoadKb} ko`],
      "lrl",
      run.firstLoad.map((r) => [`\`${r.route}\``, kb(r.gzipBytes), r.gzipBytes / 1000 <= TARGETS.firstLoadKb ? "oui" : "**non**"]),
    ),
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
      "après un changement dans cette Aract (par la première lecture qui suit, ou par la tâche de fond d'une " +
      "instance à la fois, chaque minute) : médiane de trois recalculs.",
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

function comparisonBody(factor1: SectionData, factor3: SectionData): string {
  const verdicts = scalingVerdicts(factor1.p95, factor3.p95);
  return [
    "p95 de chaque page rendue à chaque requête, d'après les sections ci-dessus.",
    "",
    ...table(
      ["Page", "Facteur 1 (ms)", "Facteur 3 (ms)", "Rapport"],
      "lrrr",
      PAGE_KEYS.filter((key) => factor1.p95[key] && factor3.p95[key]).map((key) => [
        PAGE_LABELS[key],
        formatNumber(factor1.p95[key]!, 1),
        formatNumber(factor3.p95[key]!, 1),
        `× ${formatNumber(factor3.p95[key]! / factor1.p95[key]!, 2)}`,
      ]),
    ),
    "",
    ...verdictTable(verdicts),
  ].join("\n");
}

/** The lines printed at the end of a factor's run. */
export function consoleSummary(run: Pick<FactorRun, "pages" | "queries">, verdicts: readonly Verdict[]): string {
  const pages = run.pages.map(
    (p) =>
      `  ${PAGE_LABELS[p.key].padEnd(48)} ${formatNumber(p.requestsPerSecond, 1).padStart(8)} req/s   ` +
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
