import { FREQUENCY_SCALE, agreement, choices, type TemplateDefinition } from "../definitions";

// Télétravail, after the regional experiments of the network: how it is practised and framed, who has
// access to it, how teams are run at a distance, and health and equipment at home.

export const TELETRAVAIL: TemplateDefinition = {
  key: "teletravail",
  theme: "TELETRAVAIL",
  title: "Télétravail",
  description:
    "Diagnostic partagé des pratiques de télétravail : encadrement, accès et équité entre métiers, " +
    "organisation du travail et management à distance, santé, équipement et droit à la déconnexion. " +
    "La direction et le ou la représentant·e du personnel y répondent chacun de leur côté.",
  sections: [
    {
      key: "pratiques",
      title: "Pratiques actuelles",
      questions: [
        {
          key: "part-teletravailleurs",
          type: "PERCENTAGE",
          label: "Selon vous, quelle part des salarié·es télétravaille au moins un jour par mois ?",
          help: "Une estimation suffit.",
          required: true,
        },
        {
          key: "cadre-teletravail",
          type: "SINGLE_CHOICE",
          label: "Aujourd'hui, le télétravail est encadré par :",
          options: choices({
            accord: "un accord collectif",
            charte: "une charte de l'employeur, après avis du CSE",
            gre_a_gre: "des accords individuels, au cas par cas",
            aucun: "rien : il n'est pas encadré",
            ne_sait_pas: "je ne sais pas",
          }),
          required: true,
        },
        {
          key: "jours-par-semaine",
          type: "NUMBER",
          label: "Combien de jours de télétravail par semaine sont possibles au plus ?",
          help: "0 si le télétravail n'est pas pratiqué.",
          required: true,
        },
      ],
    },
    {
      key: "acces-et-equite",
      title: "Accès et équité",
      questions: [
        agreement(
          "criteres-connus",
          "Les critères d'accès au télétravail sont connus et appliqués de la même façon pour tous et toutes.",
        ),
        agreement(
          "autres-souplesses",
          "Les salarié·es dont le poste ne se télétravaille pas bénéficient d'autres souplesses.",
        ),
        {
          key: "activites-non-teletravaillables",
          type: "MULTIPLE_CHOICE",
          label: "Quelles activités sont jugées impossibles à exercer en télétravail ?",
          options: choices({
            production: "Production",
            accueil: "Accueil du public ou de la clientèle",
            logistique: "Logistique",
            maintenance: "Maintenance",
            encadrement_site: "Encadrement d'équipes sur site",
            aucune: "Aucune",
          }),
          required: true,
        },
      ],
    },
    {
      key: "organisation-management",
      title: "Organisation du travail et management à distance",
      questions: [
        agreement("encadrants-formes", "Les encadrant·es sont formé·es à animer une équipe en partie à distance."),
        agreement("temps-collectifs", "Les temps collectifs sur site suffisent à maintenir la cohésion des équipes."),
        {
          key: "sollicitations-hors-horaires",
          type: "SCALE",
          label: "Les télétravailleur·ses sont sollicité·es en dehors de leurs plages horaires habituelles.",
          options: FREQUENCY_SCALE,
          required: true,
        },
      ],
    },
    {
      key: "sante-equipement",
      title: "Santé, équipement et droit à la déconnexion",
      questions: [
        {
          key: "regles-deconnexion",
          type: "YES_NO",
          label: "Le droit à la déconnexion fait-il l'objet de règles écrites ?",
          required: true,
        },
        agreement(
          "equipement-adapte",
          "Les télétravailleur·ses disposent d'un équipement adapté (siège, écran, matériel informatique).",
        ),
        agreement(
          "risques-dans-duerp",
          "Les risques liés au télétravail (isolement, surcharge, sédentarité) figurent dans le document unique.",
        ),
        {
          key: "ce-qui-faciliterait",
          type: "TEXT",
          label: "Qu'est-ce qui faciliterait le plus le travail des équipes réparties entre le site et le domicile ?",
          required: false,
        },
      ],
    },
  ],
};
