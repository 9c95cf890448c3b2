import { agreement, choices, type TemplateDefinition } from "../definitions";

// Égalité professionnelle femmes-hommes on the four axes of the Clusters Égalité method: the occupational
// mix, careers, working conditions and occupational risks, working time. Together they explain the gaps
// in pay, health and careers. Each member of the pair answers for the company as they see it.

export const EGALITE_PROFESSIONNELLE: TemplateDefinition = {
  key: "egalite-professionnelle",
  theme: "EGALITE_PROFESSIONNELLE",
  title: "Égalité professionnelle femmes-hommes",
  description:
    "Diagnostic partagé des écarts de situation entre les femmes et les hommes sur quatre axes : la mixité " +
    "des emplois, les parcours professionnels, les conditions de travail et les risques professionnels, le " +
    "temps de travail. La direction et le ou la représentant·e du personnel y répondent chacun de leur côté ; " +
    "la comparaison de leurs deux regards ouvre le dialogue vers un accord ou un plan d'action.",
  sections: [
    {
      key: "mixite-des-emplois",
      title: "Mixité des emplois",
      questions: [
        agreement(
          "acces-metiers",
          "Les femmes et les hommes accèdent de la même façon à tous les métiers de l'entreprise.",
        ),
        {
          key: "part-femmes-effectif",
          type: "PERCENTAGE",
          label: "Selon vous, quelle est la part des femmes dans l'effectif de l'entreprise ?",
          help: "Une estimation suffit. Le chiffre exact figure dans la base de données économiques, sociales et environnementales (BDESE).",
          required: true,
        },
        {
          key: "categories-non-mixtes",
          type: "MULTIPLE_CHOICE",
          label: "Dans quelles catégories professionnelles un sexe représente-t-il plus de 80 % des effectifs ?",
          options: choices({
            ouvriers: "Ouvrier·es",
            employes: "Employé·es",
            techniciens: "Technicien·nes et agents de maîtrise",
            cadres: "Cadres",
            direction: "Comité de direction",
            aucune: "Aucune",
          }),
          required: true,
        },
        {
          key: "offres-neutres",
          type: "YES_NO",
          label: "Les offres d'emploi et les fiches de poste sont-elles rédigées de façon neutre ?",
          help: "Intitulés au féminin et au masculin, critères sans lien avec le sexe (force physique supposée, disponibilité…).",
          required: true,
        },
        agreement(
          "postes-amenages",
          "Les équipements, les outils et les locaux (vestiaires, sanitaires) permettent aux femmes comme aux hommes d'occuper tous les postes.",
        ),
      ],
    },
    {
      key: "parcours-professionnels",
      title: "Parcours professionnels",
      questions: [
        agreement("acces-formation", "Les femmes et les hommes ont le même accès à la formation professionnelle."),
        agreement(
          "criteres-promotion",
          "Les promotions et les changements de coefficient suivent des critères connus de toutes et tous.",
        ),
        {
          key: "mesure-ecarts-remuneration",
          type: "YES_NO",
          label: "Les écarts de rémunération entre femmes et hommes à poste équivalent sont-ils mesurés chaque année ?",
          help: "À partir de 50 salarié·es, l'index de l'égalité professionnelle est calculé et publié chaque année.",
          required: true,
        },
        {
          key: "carriere-apres-conge",
          type: "SINGLE_CHOICE",
          label:
            "Après un congé de maternité, d'adoption ou parental, la carrière d'une personne salariée est le plus souvent :",
          options: choices({
            inchangee: "poursuivie sans incidence",
            ralentie: "ralentie",
            freinee: "nettement freinée",
            ne_sait_pas: "je ne sais pas",
          }),
          required: true,
        },
      ],
    },
    {
      key: "conditions-de-travail",
      title: "Conditions de travail et risques professionnels",
      questions: [
        agreement(
          "duerp-differencie",
          "L'évaluation des risques professionnels (document unique) tient compte des différences d'exposition entre femmes et hommes.",
        ),
        {
          key: "contraintes-postes-feminises",
          type: "MULTIPLE_CHOICE",
          label: "Quelles contraintes pèsent davantage sur les postes majoritairement occupés par des femmes ?",
          options: choices({
            gestes_repetitifs: "Gestes répétitifs",
            postures: "Postures contraignantes",
            charges: "Port de charges",
            horaires_atypiques: "Horaires atypiques ou morcelés",
            relation_public: "Relation avec le public ou la clientèle",
            interruptions: "Interruptions fréquentes",
            aucune: "Aucune différence notable",
          }),
          required: true,
        },
        agreement(
          "prevention-sexisme",
          "Les agissements sexistes et le harcèlement sexuel font l'objet d'une information et d'une procédure de signalement connues.",
        ),
        {
          key: "at-mp-sexues",
          type: "YES_NO",
          label:
            "Les accidents du travail et les maladies professionnelles sont-ils suivis séparément pour les femmes et les hommes ?",
          required: true,
        },
        {
          key: "situation-illustrative",
          type: "TEXT",
          label:
            "Quelle situation de travail illustre le mieux, selon vous, une différence de conditions de travail entre femmes et hommes ?",
          required: false,
        },
      ],
    },
    {
      key: "temps-de-travail",
      title: "Temps de travail et articulation des temps",
      questions: [
        {
          key: "part-femmes-temps-partiel",
          type: "PERCENTAGE",
          label: "Selon vous, quelle part des salarié·es à temps partiel sont des femmes ?",
          required: true,
        },
        agreement(
          "temps-partiel-choisi",
          "Le temps partiel est le plus souvent choisi par les salarié·es plutôt qu'imposé par l'organisation.",
        ),
        agreement(
          "horaires-reunions",
          "Les horaires des réunions et les plannings tiennent compte des contraintes familiales.",
        ),
        {
          key: "mesures-articulation",
          type: "MULTIPLE_CHOICE",
          label:
            "Quelles mesures d'articulation entre vie professionnelle et vie personnelle existent dans l'entreprise ?",
          options: choices({
            horaires_variables: "Horaires variables",
            teletravail: "Télétravail",
            planning_anticipe: "Plannings connus au moins deux semaines à l'avance",
            garde_enfants: "Aide à la garde d'enfants",
            conge_paternite: "Maintien du salaire pendant le congé de paternité",
            aucune: "Aucune",
          }),
          required: true,
        },
        {
          key: "action-prioritaire",
          type: "TEXT",
          label: "Quelle action proposeriez-vous en priorité pour l'égalité professionnelle dans l'entreprise ?",
          required: false,
        },
      ],
    },
  ],
};
