import type { ClusterSeed, CompanySeed, SupportSeed } from "./cluster-seed-types.ts";
import { STAFF_EMAILS } from "./aracts-and-users.ts";

// The télétravail experiment in Nord-Pas-de-Calais (convention Anact – ministère des Droits des femmes,
// June 2014): nine structures, three days of support each and five collective sessions; more flexible
// work organisation and third places in town centres. The ministry paid 60 000 €; the FSE was hoped for.

type Row = Omit<CompanySeed, "supportDays"> & { support: readonly string[] };

// One structure per line, kept compact to read as a table.
// prettier-ignore
const ROWS: readonly Row[] = [
  { key: "mutuelle-littoral", name: "Mutuelle du Littoral", nafCode: "65.12Z", headcount: 140, city: "Boulogne-sur-Mer", postalCode: "62200", domain: "mutuelle-littoral.fr",
    direction: ["Véronique", "Vandenberghe", "Directrice des ressources humaines"], staffRepresentative: ["Sébastien", "Deroo", "Secrétaire du CSE"],
    support: ["2014-09-09", "2014-12-02", "2015-04-07"] },
  { key: "nord-etudes-ingenierie", name: "Nord Études Ingénierie", nafCode: "71.12B", headcount: 58, city: "Villeneuve-d'Ascq", postalCode: "59650", domain: "nord-etudes.fr",
    direction: ["François", "Delcourt", "Directeur général"], staffRepresentative: ["Aurélie", "Vanhove", "Élue du CSE"],
    support: ["2014-09-11", "2014-12-04", "2015-04-09"] },
  { key: "artois-contact-services", name: "Artois Contact Services", nafCode: "82.20Z", headcount: 210, city: "Arras", postalCode: "62000", domain: "artois-contact.fr",
    direction: ["Caroline", "Duhamel", "DRH"], staffRepresentative: ["Mickaël", "Wattebled", "Secrétaire du CSE"],
    support: ["2014-09-16", "2014-12-09", "2015-04-14"] },
  { key: "habitat-flandre-interieure", name: "Habitat Flandre Intérieure", nafCode: "68.20A", headcount: 95, city: "Hazebrouck", postalCode: "59190", domain: "habitat-flandre.fr",
    direction: ["Jean-Pierre", "Decock", "Directeur général"], staffRepresentative: ["Isabelle", "Cuvelier", "Élue du CSE"],
    support: ["2014-09-18", "2014-12-11", "2015-04-16"] },
  { key: "cabinet-delattre", name: "Cabinet Delattre et associés", nafCode: "69.20Z", headcount: 36, city: "Lille", postalCode: "59000", domain: "cabinet-delattre.fr",
    direction: ["Antoine", "Delattre", "Associé gérant"], staffRepresentative: ["Émilie", "Lecomte", "Élue du CSE"],
    support: ["2014-09-23", "2014-12-16", "2015-04-21"] },
  { key: "familles-douaisis", name: "Association Familles du Douaisis", nafCode: "88.99B", headcount: 47, city: "Douai", postalCode: "59500", domain: "familles-douaisis.fr",
    direction: ["Brigitte", "Hennebert", "Directrice"], staffRepresentative: ["Karim", "Boukhari", "Élu du CSE"],
    support: ["2014-09-25", "2015-01-13", "2015-04-23"] },
  { key: "numeria-conseil", name: "Numéria Conseil", nafCode: "62.02A", headcount: 72, city: "Lille", postalCode: "59000", domain: "numeria-conseil.fr",
    direction: ["Guillaume", "Desmet", "Président"], staffRepresentative: ["Camille", "Vasseur", "Élue du CSE"],
    support: ["2014-09-30", "2015-01-15", "2015-04-28"] },
  { key: "prevoyance-flandres-artois", name: "Prévoyance Flandres-Artois", nafCode: "65.30Z", headcount: 165, city: "Roubaix", postalCode: "59100", domain: "prevoyance-fa.fr",
    direction: ["Sylvie", "Carpentier", "Directrice des ressources humaines"], staffRepresentative: ["Ludovic", "Macquet", "Secrétaire du CSE"],
    support: ["2014-10-02", "2015-02-03"] },
  { key: "agence-opale-communication", name: "Agence Opale Communication", nafCode: "73.11Z", headcount: 22, city: "Calais", postalCode: "62100", domain: "opale-communication.fr",
    direction: ["Julie", "Bouchart", "Gérante"], staffRepresentative: ["Thomas", "Leclercq", "Élu du CSE"],
    support: ["2014-10-09"] },
];

const KINDS = ["DIAGNOSTIC", "ACTION_PLAN", "ACTION_PLAN"] as const;

const toCompany = ({ support, ...company }: Row): CompanySeed => ({
  ...company,
  supportDays: support.map((date, i): SupportSeed => [date, KINDS[i] ?? "OTHER", 1]),
});

export const HDF_TELETRAVAIL: ClusterSeed = {
  key: "hdf-teletravail-2014",
  aract: "hauts-de-france",
  programme: "TELETRAVAIL_2014",
  name: "Télétravail, tiers-lieux et égalité femmes-hommes – Nord-Pas-de-Calais",
  description:
    "Programme collectif de l'expérimentation nationale télétravail : assouplir l'organisation du travail et " +
    "recourir à des tiers-lieux en centre-ville pour mieux concilier vie professionnelle et vie familiale, " +
    "au bénéfice de l'égalité entre femmes et hommes et de la qualité de vie au travail.",
  themes: ["TELETRAVAIL", "EGALITE_PROFESSIONNELLE"],
  kind: "TERRITORIAL",
  territory: "Nord-Pas-de-Calais",
  startDate: "2014-09-01",
  endDate: "2015-06-30",
  plannedCollectiveSessions: 5,
  plannedSupportDaysPerCompany: 3,
  history: [
    { status: "DRAFT", on: "2014-06-20", note: "Convention Anact – ministère des Droits des femmes signée le 20 juin" },
    { status: "RECRUITING", on: "2014-06-23" },
    { status: "RUNNING", on: "2014-09-01" },
  ],
  participationStatus: "ENROLLED",
  staff: [STAFF_EMAILS.hautsDeFrance],
  partners: [
    {
      key: "direccte",
      name: "Direccte Nord-Pas-de-Calais",
      kind: "DREETS",
      role: "Relais auprès des entreprises, cadre juridique",
    },
    {
      key: "region",
      name: "Conseil régional Nord-Pas-de-Calais",
      kind: "COLLECTIVITE",
      role: "Réseau des tiers-lieux",
    },
  ],
  funders: [
    { key: "ministere", name: "Ministère des Droits des femmes", amountEuros: 60_000 },
    { key: "fse", name: "Fonds social européen (FSE)", amountEuros: null },
  ],
  sessions: [
    {
      title: "Lancement : télétravail, égalité et qualité de vie au travail",
      date: "2014-10-07",
      slot: "MORNING",
      place: "Lille, Aract Nord-Pas-de-Calais",
      agenda: "Présentation des structures ; ce que le télétravail change pour les femmes et pour les hommes.",
    },
    {
      title: "Cadre juridique : accord, charte ou avenant",
      date: "2014-11-18",
      slot: "AFTERNOON",
      place: "Arras, Maison de l'entreprise",
      agenda: "Éligibilité, volontariat, réversibilité, équipement, santé et sécurité ; intervention de la Direccte.",
    },
    {
      title: "Tiers-lieux en centre-ville",
      date: "2015-01-20",
      slot: "MORNING",
      place: "Lille, tiers-lieu de la gare",
      agenda: "Visite d'un tiers-lieu, retours d'expérience de télétravailleuses et de télétravailleurs.",
    },
    {
      title: "Manager à distance",
      date: "2015-03-17",
      slot: "AFTERNOON",
      place: "Arras, Maison de l'entreprise",
      agenda: "Organisation du travail, charge de travail, droit à la déconnexion ; atelier entre encadrants.",
    },
    {
      title: "Bilan de l'expérimentation",
      date: "2015-05-19",
      slot: "MORNING",
      place: "Lille, Aract Nord-Pas-de-Calais",
      agenda: "Résultats par structure, conditions de réussite, suites à donner dans la région.",
    },
  ],
  companies: ROWS.map(toCompany),
};
