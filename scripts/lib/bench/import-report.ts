// The import's section of docs/benchmarks.md: each run's figures and their medians, against the 5 s target.
import { formatNumber, type Machine } from "./results.ts";
import { machineLine } from "./report.ts";
import { median } from "./stats.ts";
import type { ImportMeasure } from "./import.ts";

export const IMPORT_TARGET_MS = 5_000;
const ms = (value: number) => `${formatNumber(value, 0)} ms`;

export function importBody(measure: ImportMeasure, machine: Machine, measuredAt: string): string {
  const previewMedian = median(measure.previewMs);
  const importMedian = median(measure.importMs);
  const when = `${measuredAt.slice(0, 10)} à ${measuredAt.slice(11, 16)} (UTC)`;
  return [
    `Mesuré le ${when} avec \`npm run bench -- --import\`, sur une copie de la base du facteur 1.`,
    "",
    `Machine : ${machineLine(machine)}.`,
    "",
    `Une chargée de mission de l'Aract Bretagne importe, dans Chromium et sur le serveur de production, un classeur XLSX de ` +
      `${measure.rows} structures nouvelles avec leur binôme, ${measure.runs} fois (chaque fois d'autres SIRET et adresses), ` +
      "après une première fois non comptée. « Aperçu » : du fichier choisi à l'aperçu affiché (lecture et vérification " +
      "de chaque ligne sur le serveur). « Import » : du clic sur « Importer » à la liste des entreprises du cluster " +
      "affichée (l'écriture de toutes les lignes en une transaction, puis le rendu de la liste, qui s'allonge à chaque fois).",
    "",
    "| Passage | Aperçu | Import |",
    "| ---: | ---: | ---: |",
    ...measure.importMs.map((importMs, index) => `| ${index + 1} | ${ms(measure.previewMs[index]!)} | ${ms(importMs)} |`),
    `| **Médiane** | **${ms(previewMedian)}** | **${ms(importMedian)}** |`,
    "",
    "| Cible | Mesure | Verdict |",
    "| --- | --- | --- |",
    `| Import de ${measure.rows} lignes < ${formatNumber(IMPORT_TARGET_MS / 1000, 0)} s (médiane) | ${ms(importMedian)} | ${
      importMedian < IMPORT_TARGET_MS ? "atteinte" : "**manquée**"
    } |`,
  ].join("\n");
}
