import { ARACTS } from "@/lib/demo/accounts";

// The sixteen Aracts of the scale data: the four of the demo and twelve more, one per other region of
// mainland France and three overseas. `weight` is the region's share of the network's clusters (roughly its
// share of private-sector employment); the cities, with their postal codes, place companies and sessions.

export type City = readonly [name: string, postalCode: string];

export type Region = {
  slug: string;
  name: string;
  region: string;
  weight: number;
  cities: readonly City[];
};

type RegionPlaces = Omit<Region, "name" | "region"> & { region?: string };

const PLACES: readonly RegionPlaces[] = [
  {
    slug: "bretagne",
    weight: 6,
    cities: [
      ["Rennes", "35000"],
      ["Brest", "29200"],
      ["Quimper", "29000"],
      ["Lorient", "56100"],
      ["Vannes", "56000"],
      ["Saint-Brieuc", "22000"],
      ["Saint-Malo", "35400"],
      ["Morlaix", "29600"],
    ],
  },
  {
    slug: "ile-de-france",
    weight: 14,
    cities: [
      ["Paris", "75011"],
      ["Paris", "75015"],
      ["Saint-Denis", "93200"],
      ["Nanterre", "92000"],
      ["Créteil", "94000"],
      ["Versailles", "78000"],
      ["Évry-Courcouronnes", "91000"],
      ["Cergy", "95000"],
      ["Melun", "77000"],
      ["Montreuil", "93100"],
    ],
  },
  {
    slug: "nouvelle-aquitaine",
    weight: 9,
    cities: [
      ["Bordeaux", "33000"],
      ["Limoges", "87000"],
      ["Poitiers", "86000"],
      ["Pau", "64000"],
      ["La Rochelle", "17000"],
      ["Bayonne", "64100"],
      ["Angoulême", "16000"],
      ["Périgueux", "24000"],
      ["Niort", "79000"],
    ],
  },
  {
    slug: "hauts-de-france",
    weight: 9,
    cities: [
      ["Lille", "59000"],
      ["Amiens", "80000"],
      ["Roubaix", "59100"],
      ["Dunkerque", "59140"],
      ["Valenciennes", "59300"],
      ["Arras", "62000"],
      ["Beauvais", "60000"],
      ["Saint-Quentin", "02100"],
      ["Calais", "62100"],
    ],
  },
  {
    slug: "auvergne-rhone-alpes",
    region: "Auvergne-Rhône-Alpes",
    weight: 12,
    cities: [
      ["Lyon", "69003"],
      ["Grenoble", "38000"],
      ["Saint-Étienne", "42000"],
      ["Clermont-Ferrand", "63000"],
      ["Annecy", "74000"],
      ["Valence", "26000"],
      ["Chambéry", "73000"],
      ["Roanne", "42300"],
    ],
  },
  {
    slug: "bourgogne-franche-comte",
    region: "Bourgogne-Franche-Comté",
    weight: 4,
    cities: [
      ["Dijon", "21000"],
      ["Besançon", "25000"],
      ["Chalon-sur-Saône", "71100"],
      ["Auxerre", "89000"],
      ["Belfort", "90000"],
      ["Mâcon", "71000"],
      ["Nevers", "58000"],
      ["Montbéliard", "25200"],
    ],
  },
  {
    slug: "centre-val-de-loire",
    region: "Centre-Val de Loire",
    weight: 4,
    cities: [
      ["Orléans", "45000"],
      ["Tours", "37000"],
      ["Bourges", "18000"],
      ["Blois", "41000"],
      ["Chartres", "28000"],
      ["Châteauroux", "36000"],
      ["Dreux", "28100"],
      ["Vierzon", "18100"],
    ],
  },
  {
    slug: "corse",
    region: "Corse",
    weight: 1,
    cities: [
      ["Ajaccio", "20000"],
      ["Bastia", "20200"],
      ["Porto-Vecchio", "20137"],
      ["Corte", "20250"],
      ["Calvi", "20260"],
    ],
  },
  {
    slug: "grand-est",
    region: "Grand Est",
    weight: 8,
    cities: [
      ["Strasbourg", "67000"],
      ["Metz", "57000"],
      ["Nancy", "54000"],
      ["Reims", "51100"],
      ["Mulhouse", "68100"],
      ["Troyes", "10000"],
      ["Colmar", "68000"],
      ["Épinal", "88000"],
    ],
  },
  {
    slug: "normandie",
    region: "Normandie",
    weight: 5,
    cities: [
      ["Rouen", "76000"],
      ["Caen", "14000"],
      ["Le Havre", "76600"],
      ["Cherbourg-en-Cotentin", "50100"],
      ["Évreux", "27000"],
      ["Alençon", "61000"],
      ["Dieppe", "76200"],
      ["Saint-Lô", "50000"],
    ],
  },
  {
    slug: "occitanie",
    region: "Occitanie",
    weight: 9,
    cities: [
      ["Toulouse", "31000"],
      ["Montpellier", "34000"],
      ["Nîmes", "30000"],
      ["Perpignan", "66000"],
      ["Béziers", "34500"],
      ["Albi", "81000"],
      ["Tarbes", "65000"],
      ["Rodez", "12000"],
    ],
  },
  {
    slug: "pays-de-la-loire",
    region: "Pays de la Loire",
    weight: 7,
    cities: [
      ["Nantes", "44000"],
      ["Angers", "49000"],
      ["Le Mans", "72000"],
      ["Saint-Nazaire", "44600"],
      ["Cholet", "49300"],
      ["La Roche-sur-Yon", "85000"],
      ["Laval", "53000"],
      ["Saumur", "49400"],
    ],
  },
  {
    slug: "provence-alpes-cote-d-azur",
    region: "Provence-Alpes-Côte d'Azur",
    weight: 7,
    cities: [
      ["Marseille", "13002"],
      ["Nice", "06000"],
      ["Toulon", "83000"],
      ["Avignon", "84000"],
      ["Aix-en-Provence", "13100"],
      ["Gap", "05000"],
      ["Digne-les-Bains", "04000"],
      ["Cannes", "06400"],
    ],
  },
  {
    slug: "guadeloupe",
    region: "Guadeloupe",
    weight: 1.5,
    cities: [
      ["Pointe-à-Pitre", "97110"],
      ["Les Abymes", "97139"],
      ["Baie-Mahault", "97122"],
      ["Basse-Terre", "97100"],
      ["Le Gosier", "97190"],
    ],
  },
  {
    slug: "martinique",
    region: "Martinique",
    weight: 1.5,
    cities: [
      ["Fort-de-France", "97200"],
      ["Le Lamentin", "97232"],
      ["Schœlcher", "97233"],
      ["Le Robert", "97231"],
      ["Sainte-Marie", "97230"],
    ],
  },
  {
    slug: "la-reunion",
    region: "La Réunion",
    weight: 2,
    cities: [
      ["Saint-Denis", "97400"],
      ["Saint-Pierre", "97410"],
      ["Saint-Paul", "97460"],
      ["Le Port", "97420"],
      ["Saint-André", "97440"],
      ["Le Tampon", "97430"],
    ],
  },
];

/** The demo's Aracts keep their names; the others are named after their region. */
export const REGIONS: readonly Region[] = PLACES.map(({ region, ...places }) => {
  const demo = ARACTS.find((aract) => aract.slug === places.slug);
  const regionName = demo?.region ?? region;
  if (!regionName) throw new Error(`Région inconnue : ${places.slug}`);
  return { ...places, region: regionName, name: demo?.name ?? `Aract ${regionName}` };
});

/** "de Rennes", "d'Angers", "du Havre", "des Abymes", "de La Rochelle": French elision before a place name. */
export function ofPlace(place: string): string {
  if (place.startsWith("Le ")) return `du ${place.slice(3)}`;
  if (place.startsWith("Les ")) return `des ${place.slice(4)}`;
  return /^[AEIOUYÉÈÊÎÔÂ]/i.test(place) ? `d'${place}` : `de ${place}`;
}
