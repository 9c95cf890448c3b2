// The sectors the network's companies come from, with real NAF rév. 2 codes spread over the sections the
// reports break down (industry, health and social work, commerce, services, construction, transport…).
// `weight` is the sector's share of the companies; `label` names a sectoral cluster; each activity is a NAF
// code with names that fit it, where {nom} is a family name and {de_ville} "de Rennes", "d'Angers"…

export type Activity = readonly [nafCode: string, names: readonly string[]];

export type Sector = {
  label: string;
  weight: number;
  activities: readonly Activity[];
};

export const SECTORS: readonly Sector[] = [
  {
    label: "Industrie agroalimentaire",
    weight: 9,
    activities: [
      ["10.13A", ["Salaisons {nom}", "Charcuterie {de_ville}"]],
      ["10.20Z", ["Conserverie {nom}", "Conserverie {de_ville}"]],
      ["10.51A", ["Laiterie {de_ville}", "Fromagerie {nom}"]],
      ["10.71A", ["Boulangerie industrielle {nom}"]],
      ["10.85Z", ["{nom} Traiteur", "Cuisine centrale {de_ville}"]],
      ["10.72Z", ["Biscuiterie {nom}"]],
    ],
  },
  {
    label: "Métallurgie et mécanique",
    weight: 9,
    activities: [
      ["25.62B", ["Mécanique {nom}", "Usinage {nom}"]],
      ["28.29B", ["{nom} Industrie", "Machines {nom}"]],
      ["25.11Z", ["Chaudronnerie {nom}", "Charpente métallique {nom}"]],
      ["29.32Z", ["{nom} Équipements automobiles"]],
      ["24.10Z", ["Aciérie {de_ville}", "Forges {de_ville}"]],
      ["33.12Z", ["Maintenance industrielle {nom}"]],
    ],
  },
  {
    label: "Plasturgie, bois et papier",
    weight: 5,
    activities: [
      ["22.22Z", ["{nom} Plastiques", "Emballages {nom}"]],
      ["16.10A", ["Scierie {de_ville}", "Scierie {nom}"]],
      ["17.21A", ["Cartonnages {nom}"]],
      ["31.09B", ["Menuiserie {nom}", "Ameublement {nom}"]],
      ["20.59Z", ["Chimie {nom}"]],
    ],
  },
  {
    label: "Établissements de santé",
    weight: 6,
    activities: [
      ["86.10Z", ["Clinique {nom}", "Polyclinique {de_ville}"]],
      ["86.22C", ["Centre de santé {de_ville}", "Cabinet médical {nom}"]],
      ["86.90A", ["Ambulances {nom}"]],
    ],
  },
  {
    label: "Médico-social",
    weight: 9,
    activities: [
      ["87.10A", ["EHPAD Résidence {nom}", "EHPAD {de_ville}"]],
      ["87.30A", ["Résidence autonomie {de_ville}"]],
      ["87.20A", ["Foyer de vie {de_ville}", "Maison d'accueil spécialisée {de_ville}"]],
      ["88.10C", ["ESAT {de_ville}"]],
    ],
  },
  {
    label: "Aide et soins à domicile",
    weight: 6,
    activities: [
      ["88.10A", ["ADMR {de_ville}", "{nom} Services à domicile"]],
      ["88.10B", ["Accueil de jour {de_ville}"]],
      ["88.91A", ["Crèche {de_ville}", "Multi-accueil {nom}"]],
    ],
  },
  {
    label: "Commerce et grande distribution",
    weight: 8,
    activities: [
      ["47.11D", ["Supermarché {nom}", "Supermarché {de_ville}"]],
      ["47.11F", ["Hypermarché {de_ville}"]],
      ["46.39B", ["{nom} Distribution", "Comptoir alimentaire {nom}"]],
      ["45.20A", ["Garage {nom}"]],
      ["47.73Z", ["Pharmacie {nom}"]],
      ["46.69B", ["{nom} Fournitures industrielles"]],
    ],
  },
  {
    label: "Propreté et services aux entreprises",
    weight: 7,
    activities: [
      ["81.21Z", ["{nom} Propreté", "Nettoyage {nom}"]],
      ["80.10Z", ["Sécurité {nom}", "Gardiennage {nom}"]],
      ["78.20Z", ["{nom} Intérim"]],
      ["82.20Z", ["Centre d'appels {de_ville}"]],
      ["81.30Z", ["Paysages {nom}", "Espaces verts {nom}"]],
    ],
  },
  {
    label: "Conseil, ingénierie et numérique",
    weight: 6,
    activities: [
      ["62.02A", ["{nom} Informatique", "{nom} Numérique"]],
      ["70.22Z", ["{nom} Conseil"]],
      ["71.12B", ["Bureau d'études {nom}", "Ingénierie {nom}"]],
      ["69.20Z", ["Cabinet comptable {nom}", "Expertise comptable {nom}"]],
      ["58.29C", ["{nom} Logiciels"]],
    ],
  },
  {
    label: "Bâtiment et travaux publics",
    weight: 7,
    activities: [
      ["41.20A", ["{nom} Bâtiment", "Constructions {nom}"]],
      ["43.21A", ["Électricité {nom}"]],
      ["43.22A", ["Plomberie {nom}", "Chauffage {nom}"]],
      ["42.11Z", ["Travaux publics {nom}", "Routes {de_ville}"]],
      ["43.99C", ["Maçonnerie {nom}"]],
    ],
  },
  {
    label: "Transport et logistique",
    weight: 7,
    activities: [
      ["49.41A", ["Transports {nom}"]],
      ["52.29A", ["{nom} Logistique", "Messagerie {nom}"]],
      ["49.31Z", ["Autocars {nom}", "Transports urbains {de_ville}"]],
      ["52.10B", ["Entrepôts {nom}", "Plateforme logistique {de_ville}"]],
    ],
  },
  {
    label: "Hôtellerie-restauration",
    weight: 4,
    activities: [
      ["56.10A", ["Restaurant {nom}", "Brasserie {nom}"]],
      ["55.10Z", ["Hôtel {nom}", "Grand Hôtel {de_ville}"]],
      ["56.29A", ["Restauration collective {nom}"]],
    ],
  },
  {
    label: "Économie sociale et formation",
    weight: 4,
    activities: [
      ["94.99Z", ["Association {nom}", "Maison de l'emploi {de_ville}"]],
      ["85.59A", ["Institut de formation {de_ville}", "{nom} Formation"]],
      ["88.99B", ["Association d'insertion {de_ville}"]],
    ],
  },
  {
    label: "Banque et assurance",
    weight: 2,
    activities: [
      ["64.19Z", ["Caisse {de_ville}", "Banque {nom}"]],
      ["65.12Z", ["Mutuelle {nom}"]],
      ["66.22Z", ["Cabinet d'assurances {nom}"]],
    ],
  },
  {
    label: "Agriculture et coopératives",
    weight: 2,
    activities: [
      ["01.13Z", ["Maraîchage {nom}", "GAEC {nom}"]],
      ["01.50Z", ["EARL {nom}"]],
      ["02.20Z", ["Exploitation forestière {nom}"]],
    ],
  },
  {
    label: "Eau, déchets et énergie",
    weight: 2,
    activities: [
      ["38.11Z", ["{nom} Environnement", "Collecte {de_ville}"]],
      ["37.00Z", ["Régie des eaux {de_ville}"]],
      ["35.14Z", ["{nom} Énergies"]],
    ],
  },
];

export const SECTOR_WEIGHTS: readonly (readonly [Sector, number])[] = SECTORS.map((sector) => [sector, sector.weight]);
