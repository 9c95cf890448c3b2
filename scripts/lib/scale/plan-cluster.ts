import type { ClusterStatus, Theme } from "@/generated/prisma/enums";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { TODAY, addMonths, firstDayOf, isoDay, isoTime, workingDayWithin } from "./calendar.ts";
import type { Gen, PlannedAract } from "./context.ts";
import type { City } from "./regions.ts";
import { ofPlace } from "./regions.ts";
import type { ClusterRow } from "./rows.ts";
import { SECTOR_WEIGHTS, type Sector } from "./sectors.ts";

// One cluster: its Aract, period, status, themes, programme, territory or sector.

export type ClusterPlan = {
  row: ClusterRow;
  aract: PlannedAract;
  start: number;
  end: number;
  /** The city the cluster is centred on (its territory, or where its sessions mostly take place). */
  city: City;
  /** Set for a sectoral cluster: its companies come from this sector. */
  sector: Sector | null;
  started: boolean;
  ended: boolean;
};

/** Themes of clusters outside any programme: QVCT leads, égalité comes mostly through the programmes. */
const FREE_THEMES: readonly (readonly [Theme, number])[] = [
  ["QVCT", 40],
  ["RISQUES_PSYCHOSOCIAUX", 14],
  ["EGALITE_PROFESSIONNELLE", 12],
  ["USURE_PROFESSIONNELLE", 11],
  ["TELETRAVAIL", 9],
  ["EMPLOI_SENIORS", 7],
  ["PREVENTION_PENIBILITE", 7],
];
const PROGRAMME_SHARE = 0.6;
const TWO_THEMES_SHARE = 0.5;
const TERRITORIAL_SHARE = 0.6;

export function planCluster(gen: Gen, aract: PlannedAract, year: number): ClusterPlan {
  const { rng } = gen;
  const yearStart = firstDayOf(year);
  const start = workingDayWithin(yearStart + rng.int(0, 364), yearStart, firstDayOf(year + 1) - 1);
  const end = workingDayWithin(addMonths(start, rng.int(6, 14)), start + 150, start + 450);
  const status = statusOn(gen, start, end);
  const { programmeId, programmeName, themes } = chooseThemes(gen, year);
  const city = rng.pick(aract.region.cities);
  const sector = rng.chance(TERRITORIAL_SHARE) ? null : rng.weighted(SECTOR_WEIGHTS);
  const territory = sector ? null : territoryOf(gen, city, aract.region.region);
  const createdDay = Math.min(start - rng.int(45, 120), TODAY);

  const row: ClusterRow = {
    id: gen.ids.next("c"),
    aractId: aract.id,
    programmeId,
    name: uniqueName(gen, `${programmeName ?? THEME_LABELS[themes[0]!]} – ${territory ?? sector!.label} ${year}`),
    description: describe(themes, territory, sector),
    themes,
    kind: sector ? "SECTORAL" : "TERRITORIAL",
    territory,
    sector: sector?.label ?? null,
    startDate: isoDay(start),
    endDate: isoDay(end),
    // Half-days planned: 10 to 16, 13 on average (about 40,000 sessions at factor 1); all are scheduled.
    plannedCollectiveSessions: rng.int(10, 16),
    plannedSupportDaysPerCompany: rng.int(4, 10) / 2,
    status,
    createdAt: isoTime(createdDay, 10),
    updatedAt: isoTime(end < TODAY ? end : start <= TODAY ? start : createdDay, 18),
  };
  return { row, aract, start, end, city, sector, started: start <= TODAY, ended: end < TODAY };
}

/** Past clusters are closed (evaluated a while after), current ones running, future ones recruiting or drafted. */
function statusOn({ rng }: Gen, start: number, end: number): ClusterStatus {
  if (end < TODAY) return rng.chance(end < TODAY - 365 ? 0.7 : 0.3) ? "EVALUATED" : "CLOSED";
  if (start <= TODAY) return "RUNNING";
  return rng.chance(0.25) ? "DRAFT" : "RECRUITING";
}

/** A national programme running that year (its themes then), or free themes; one or two themes. */
function chooseThemes({ rng, catalog }: Gen, year: number) {
  const running = catalog.programmes.filter(
    (p) => p.themes.length > 0 && (p.startYear ?? 0) <= year && (p.endYear ?? Infinity) >= year,
  );
  const programme = running.length > 0 && rng.chance(PROGRAMME_SHARE) ? rng.pick(running) : null;
  const pool = programme ? FREE_THEMES.filter(([theme]) => programme.themes.includes(theme)) : FREE_THEMES;
  const first = rng.weighted(pool);
  // A second theme may reach beyond the programme's: égalité is itself one of the six themes of QVCT.
  const others = FREE_THEMES.filter(([theme]) => theme !== first);
  const themes: Theme[] = rng.chance(TWO_THEMES_SHARE) ? [first, rng.weighted(others)] : [first];
  return {
    programmeId: programme?.id ?? null,
    programmeName: programme ? programmeShortName(programme.code) : null,
    themes,
  };
}

/** How a cluster's name refers to its programme ("Clusters Égalité – Bassin de Brest 2019"). */
function programmeShortName(code: string): string {
  const known: Record<string, string> = { TEMPO: "Tempo", CLUSTERS_EGALITE: "Clusters Égalité" };
  return known[code] ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, " ");
}

function territoryOf({ rng }: Gen, [city]: City, region: string): string {
  return rng.weighted([
    [`Bassin ${ofPlace(city)}`, 4],
    [`Agglomération ${ofPlace(city)}`, 2],
    [`Pays ${ofPlace(city)}`, 2],
    [region, 1],
  ]);
}

function uniqueName(gen: Gen, name: string): string {
  let candidate = name;
  for (let n = 2; gen.clusterNames.has(candidate); n++) candidate = `${name} (${n})`;
  gen.clusterNames.add(candidate);
  return candidate;
}

function describe(themes: readonly Theme[], territory: string | null, sector: Sector | null): string {
  const who = territory
    ? `des entreprises du territoire (${territory})`
    : `des entreprises du secteur « ${sector!.label} »`;
  const what = themes.map((theme) => THEME_LABELS[theme].toLowerCase()).join(" et ");
  return (
    `Action collective réunissant ${who} autour de : ${what}. Chaque entreprise y est représentée par un ` +
    "binôme direction / représentant·e du personnel ; temps collectifs et appui individuel alternent."
  );
}
