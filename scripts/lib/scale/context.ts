import { Faker, base, en, fr } from "@faker-js/faker";
import type { Catalog, CompanyRow } from "./rows.ts";
import { Random } from "./random.ts";
import type { Region } from "./regions.ts";

// The state one run of the generator carries from cluster to cluster: the seeded draws, the id counters,
// and what must stay unique or be reused (companies met again in a later cluster, e-mails, names).

/** Every generated row's id starts with this, so that a rerun can find and delete them. */
export const SCALE_ID_PREFIX = "scale-";

export class Ids {
  private readonly counters = new Map<string, number>();

  /** "scale-c-0000123": zero-padded so that ids sort in the order they were generated. */
  next(kind: string): string {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return `${SCALE_ID_PREFIX}${kind}-${String(n).padStart(7, "0")}`;
  }
}

/** A company as the generator remembers it, to enrol it again in a later cluster of its Aract. */
export type KnownCompany = { row: CompanyRow; sector: string };

export type PlannedAract = { id: string; region: Region };

export type Gen = {
  rng: Random;
  faker: Faker;
  ids: Ids;
  catalog: Catalog;
  /** Companies by Aract id, then by sector label ("" holds them all). */
  companies: Map<string, Map<string, KnownCompany[]>>;
  sirens: Set<string>;
  /** E-mails by Aract id (a person's e-mail is unique within their Aract). */
  emails: Map<string, Set<string>>;
  clusterNames: Set<string>;
};

export function createGen(seed: number, catalog: Catalog): Gen {
  const faker = new Faker({ locale: [fr, en, base] });
  faker.seed(seed);
  return {
    rng: new Random(seed),
    faker,
    ids: new Ids(),
    catalog,
    companies: new Map(),
    sirens: new Set(),
    emails: new Map(),
    clusterNames: new Set(),
  };
}

/** "Conserverie d'Armor" → "conserverie-d-armor", for e-mail domains. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
