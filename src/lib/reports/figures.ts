import { OUTCOME_COUNTS, type OutcomeCounts } from "@/lib/outcomes/rules";
import { formatDays, formatNumber } from "@/lib/format/fr";
import { SECRET_LABEL, SECRET_RULE, type Disclosed } from "./suppression";

// What the reports count, defined once. The database computes the counts (./sql.ts); these definitions
// name them, derive the rates and decide what may be shown. The rules below are shown to the readers.

export const COUNTING_RULES = [
  "Sont comptés les clusters lancés (hors brouillons) ; un cluster compte pour l'année où il démarre.",
  "Filtres d'années : « Démarrés à partir de » et « Démarrés au plus tard en » retiennent l'année de démarrage ; « En cours pendant l'année », les clusters dont la période touche l'année, quelle que soit celle de leur démarrage.",
  "Avec un filtre de secteur ou de taille, seules les entreprises de ce secteur ou de cette taille comptent, et seuls les clusters où l'une d'elles a participé.",
  "Une entreprise est accompagnée dès son inscription (les candidates ne comptent pas) ; une entreprise qui s'est retirée reste comptée, sauf dans les binômes et les jours d'appui prévus, qui portent sur les entreprises encore engagées.",
  "Salariés couverts : l'effectif de chaque entreprise à son entrée, compté une fois par ligne.",
  "Personnes associées : les personnes qui ont siégé pour chaque entreprise, binôme et autres membres (référent·es, comité de pilotage…), personnes remplacées comprises ; une personne de deux clusters compte deux fois.",
  "Demi-journées tenues : séances passées, non annulées et dont les présences sont saisies, une journée entière comptant pour deux (une séance à horaires précis aussi, au-delà de 4 heures). Taux de présence : présents ÷ présences relevées (une absence excusée est une absence).",
  "Jours d'appui prévus : jours prévus par entreprise × entreprises engagées ; réalisés : jours enregistrés (un appui s'enregistre une fois délivré).",
  "Parcours terminés : les entreprises dont le parcours est marqué terminé, depuis leur fiche ou à la clôture du cluster (une entreprise de deux clusters compte deux fois).",
  "Diagnostics remis : réponses transmises, chaque membre du binôme comptant pour une, de même que chaque autre membre quand le cluster leur ouvre ses diagnostics.",
  "Accords et plans : chacun compte une fois, à son statut actuel (un accord signé puis déposé compte parmi les déposés).",
  "Accords et plans aboutis à 6 mois : ceux signés, adoptés ou déposés au plus tard six mois après la clôture du cluster (quel que soit le délai du suivi du programme), pour les clusters clôturés depuis six mois au moins ; une signature annoncée au suivi compte à sa date. Entreprises ayant abouti : celles qui en ont un, parmi leurs entreprises encore engagées.",
  "Ce qui a changé dans les entreprises : pour chaque indicateur, la médiane des évolutions entre l'entrée d'une entreprise et ses derniers chiffres (au suivi, ou à défaut à la fin du cluster), parmi les entreprises encore engagées mesurées aux deux moments.",
  `${SECRET_RULE} La règle vaut à l'écran comme dans les exports.`,
] as const;

export type ReportCounts = {
  clusters: number;
  companies: number;
  employees: number;
  activeCompanies: number;
  completedCompanies: number;
  people: number;
  pairsComplete: number;
  sessionsHeld: number;
  attendancePresent: number;
  attendanceRecorded: number;
  supportPlanned: number;
  supportDelivered: number;
  diagnosticsSubmitted: number;
  sixMonthCompanies: number;
  sixMonthCompaniesReached: number;
  sixMonthOutcomes: number;
} & OutcomeCounts;

export type CountKey = keyof ReportCounts;

export const EMPTY_COUNTS: ReportCounts = {
  clusters: 0,
  companies: 0,
  employees: 0,
  activeCompanies: 0,
  completedCompanies: 0,
  people: 0,
  pairsComplete: 0,
  sessionsHeld: 0,
  attendancePresent: 0,
  attendanceRecorded: 0,
  supportPlanned: 0,
  supportDelivered: 0,
  diagnosticsSubmitted: 0,
  sixMonthCompanies: 0,
  sixMonthCompaniesReached: 0,
  sixMonthOutcomes: 0,
  ...(Object.fromEntries(OUTCOME_COUNTS.map(({ key }) => [key, 0])) as OutcomeCounts),
};

type Format = "count" | "days" | "rate";

export type Figure = {
  key: string;
  label: string;
  format: Format;
  /** The count a cluster must have above zero to be listed behind this figure. */
  drill: CountKey;
  value: (counts: ReportCounts) => number | null;
};

const count = (key: CountKey, label: string, format: Format = "count"): Figure => ({
  key,
  label,
  format,
  drill: key,
  value: (counts) => counts[key],
});

export const FIGURE_GROUPS = [
  {
    title: "Portée",
    figures: [
      count("clusters", "Clusters menés"),
      count("companies", "Entreprises accompagnées"),
      count("employees", "Salariés couverts"),
      count("people", "Personnes associées"),
    ],
  },
  {
    title: "Accompagnement",
    figures: [
      count("pairsComplete", "Binômes complets"),
      count("completedCompanies", "Parcours terminés"),
      count("sessionsHeld", "Demi-journées collectives tenues"),
      {
        key: "attendanceRate",
        label: "Taux de présence",
        format: "rate",
        drill: "attendanceRecorded",
        value: (c) => (c.attendanceRecorded === 0 ? null : c.attendancePresent / c.attendanceRecorded),
      },
      count("supportPlanned", "Jours d'appui prévus", "days"),
      count("supportDelivered", "Jours d'appui réalisés", "days"),
      count("diagnosticsSubmitted", "Diagnostics remis"),
    ],
  },
  {
    title: "Résultats",
    figures: [
      ...OUTCOME_COUNTS.map(({ key, label }) => count(key, label)),
      count("sixMonthOutcomes", "Accords et plans aboutis à 6 mois"),
      {
        key: "sixMonthRate",
        label: "Entreprises ayant abouti à 6 mois",
        format: "rate",
        drill: "sixMonthCompanies",
        value: (c) => (c.sixMonthCompanies === 0 ? null : c.sixMonthCompaniesReached / c.sixMonthCompanies),
      },
    ],
  },
] as const satisfies readonly { title: string; figures: readonly Figure[] }[];

export const FIGURES: readonly Figure[] = FIGURE_GROUPS.flatMap((group) => group.figures);
export type FigureKey = (typeof FIGURES)[number]["key"];

export function findFigure(key: string | undefined): Figure | undefined {
  return FIGURES.find((figure) => figure.key === key);
}

const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

/** A figure's value in French; "—" when it cannot be computed (no attendance recorded). */
export function formatFigure(figure: Figure, value: number | null): string {
  if (value === null) return "—";
  if (figure.format === "rate") return percent.format(value);
  if (figure.format === "days") return formatDays(value);
  return formatNumber(value);
}

const sum = (key: string, label: string, parts: readonly CountKey[]): Figure => ({
  key,
  label,
  format: "count",
  drill: parts[0]!,
  value: (counts) => parts.reduce((total, part) => total + counts[part], 0),
});

/** The columns of the breakdown tables on screen (the exports carry every figure). */
export const BREAKDOWN_FIGURES: readonly Figure[] = [
  ...[
    "clusters",
    "companies",
    "employees",
    "sessionsHeld",
    "attendanceRate",
    "supportDelivered",
    "diagnosticsSubmitted",
    "accordsSigned",
    "plansAdopted",
  ].map((key) => findFigure(key)!),
  sum("deposited", "Accords et plans déposés", ["accordsDeposited", "plansDeposited"]),
  sum("inPreparation", "Accords et plans en préparation", ["accordsInPreparation", "plansInPreparation"]),
];

/** A figure of a published row as shown: its value in French, or why it is withheld. */
export function displayFigure(figure: Figure, row: Disclosed): string {
  return row.secret ? SECRET_LABEL : formatFigure(figure, figure.value(row.counts));
}
