// The demo accounts: one per role (and both members of one pair), seeded by prisma/seed and listed on
// the sign-in page outside production. Pure data, shared by the seed, the sign-in page and the tests.

export type DemoAccount = {
  email: string;
  name: string;
  role: "NATIONAL" | "ARACT_ADMIN" | "CHARGE_DE_MISSION" | "COMPANY_MEMBER";
  /** The Aract's slug; null for the national team. */
  aractSlug: string | null;
  /** What the account shows, in the words of the sign-in page. */
  description: string;
};

export const DEMO_ACCOUNTS = [
  {
    email: "claire.martin@anact.fr",
    name: "Claire Martin",
    role: "NATIONAL",
    aractSlug: null,
    description: "Équipe nationale de l'Anact : lit toutes les Aract",
  },
  {
    email: "yann.le-goff@bretagne.aract.fr",
    name: "Yann Le Goff",
    role: "ARACT_ADMIN",
    aractSlug: "bretagne",
    description: "Administrateur de l'Aract Bretagne",
  },
  {
    email: "gaelle.kerjean@bretagne.aract.fr",
    name: "Gaëlle Kerjean",
    role: "CHARGE_DE_MISSION",
    aractSlug: "bretagne",
    description: "Chargée de mission, Aract Bretagne (Clusters Égalité 2014)",
  },
  {
    email: "julien.roussel@idf.aract.fr",
    name: "Julien Roussel",
    role: "CHARGE_DE_MISSION",
    aractSlug: "ile-de-france",
    description: "Chargé de mission, Aract Île-de-France (cluster QVT des services à la personne)",
  },
  {
    email: "marie.le-bihan@conserverie-armor.fr",
    name: "Marie Le Bihan",
    role: "COMPANY_MEMBER",
    aractSlug: "bretagne",
    description: "Directrice des ressources humaines, Conserverie d'Armor (binôme, côté direction)",
  },
  {
    email: "thomas.guillou@conserverie-armor.fr",
    name: "Thomas Guillou",
    role: "COMPANY_MEMBER",
    aractSlug: "bretagne",
    description: "Secrétaire du CSE, Conserverie d'Armor (binôme, côté représentants du personnel)",
  },
] as const satisfies readonly DemoAccount[];

export const ARACTS = [
  { slug: "bretagne", name: "Aract Bretagne", region: "Bretagne", departements: ["22", "29", "35", "56"] },
  {
    slug: "ile-de-france",
    name: "Aract Île-de-France",
    region: "Île-de-France",
    departements: ["75", "77", "78", "91", "92", "93", "94", "95"],
  },
  {
    slug: "nouvelle-aquitaine",
    name: "Aract Nouvelle-Aquitaine",
    region: "Nouvelle-Aquitaine",
    departements: ["16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"],
  },
  { slug: "hauts-de-france", name: "Aract Hauts-de-France", region: "Hauts-de-France", departements: ["02", "59", "60", "62", "80"] },
] as const;
