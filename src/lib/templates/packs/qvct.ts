import { FREQUENCY_SCALE, agreement, choices, type TemplateDefinition } from "../definitions";

// Qualité de vie et des conditions de travail on the six subjects of the national framework (ANI of
// 9 December 2020, following the QVT agreement of 19 June 2013), as the Anact-Aract network works them.

export const QVCT: TemplateDefinition = {
  key: "qvct",
  theme: "QVCT",
  title: "Qualité de vie et des conditions de travail (QVCT)",
  description:
    "Diagnostic partagé sur les six thèmes de la QVCT : organisation, contenu et performance du travail ; " +
    "compétences et parcours ; santé ; égalité ; projet d'entreprise et management ; dialogue social et " +
    "professionnel. La direction et le ou la représentant·e du personnel y répondent chacun de leur côté, " +
    "pour repérer ensemble les sujets sur lesquels agir.",
  sections: [
    {
      key: "organisation-contenu-travail",
      title: "Organisation, contenu et performance du travail",
      questions: [
        agreement("marges-de-manoeuvre", "Les salarié·es disposent de marges de manœuvre pour organiser leur travail."),
        agreement("objectifs-realistes", "Les objectifs fixés sont réalistes au regard des moyens disponibles."),
        {
          key: "interruptions",
          type: "SCALE",
          label: "Les salarié·es sont interrompu·es dans leur travail par des demandes imprévues.",
          options: FREQUENCY_SCALE,
          required: true,
        },
        {
          key: "espaces-discussion",
          type: "YES_NO",
          label:
            "Existe-t-il des espaces de discussion sur le travail, où les équipes parlent de son organisation et de ses difficultés ?",
          required: true,
        },
      ],
    },
    {
      key: "competences-parcours",
      title: "Compétences et parcours professionnels",
      questions: [
        agreement(
          "entretien-professionnel",
          "L'entretien professionnel débouche sur des perspectives concrètes pour chaque salarié·e.",
        ),
        {
          key: "part-formes",
          type: "PERCENTAGE",
          label: "Selon vous, quelle part des salarié·es a suivi une formation au cours des douze derniers mois ?",
          help: "Une estimation suffit.",
          required: true,
        },
        agreement(
          "reconnaissance-competences",
          "Les compétences acquises sont reconnues (classification, rémunération, responsabilités).",
        ),
      ],
    },
    {
      key: "sante",
      title: "Santé au travail",
      questions: [
        agreement(
          "duerp-a-jour",
          "Le document unique d'évaluation des risques professionnels est à jour et connu des salarié·es.",
        ),
        {
          key: "accidents-avec-arret",
          type: "NUMBER",
          label:
            "À votre connaissance, combien d'accidents du travail avec arrêt ont eu lieu au cours des douze derniers mois ?",
          required: true,
        },
        {
          key: "taux-absenteisme",
          type: "PERCENTAGE",
          label: "Selon vous, quel est le taux d'absentéisme de l'entreprise ?",
          help: "Heures d'absence (maladie, accidents) rapportées aux heures théoriques de travail. Une estimation suffit.",
          required: false,
        },
        {
          key: "risques-prioritaires",
          type: "MULTIPLE_CHOICE",
          label: "Quels risques vous paraissent prioritaires ?",
          options: choices({
            tms: "Troubles musculosquelettiques",
            rps: "Risques psychosociaux",
            chutes: "Chutes et glissades",
            routier: "Risque routier",
            ambiances: "Bruit, froid ou chaleur",
            chimique: "Produits chimiques",
          }),
          required: true,
        },
      ],
    },
    {
      key: "egalite",
      title: "Égalité professionnelle",
      questions: [
        agreement("chances-evolution", "Les femmes et les hommes ont les mêmes chances d'évolution dans l'entreprise."),
        agreement(
          "articulation-des-temps",
          "L'organisation du travail tient compte de l'articulation entre vie professionnelle et vie personnelle.",
        ),
        {
          key: "accord-egalite",
          type: "YES_NO",
          label: "L'entreprise dispose-t-elle d'un accord ou d'un plan d'action égalité professionnelle en vigueur ?",
          required: true,
        },
      ],
    },
    {
      key: "projet-management",
      title: "Projet d'entreprise et management",
      questions: [
        agreement(
          "orientations-expliquees",
          "Les orientations de l'entreprise et leurs conséquences sur le travail sont expliquées aux salarié·es.",
        ),
        agreement(
          "encadrants-disponibles",
          "Les encadrant·es de proximité ont le temps d'écouter et de soutenir leurs équipes.",
        ),
        {
          key: "conduite-du-changement",
          type: "SINGLE_CHOICE",
          label:
            "Lors du dernier changement important (outil, organisation, locaux), les salarié·es concerné·es ont été :",
          options: choices({
            informes: "informé·es après la décision",
            consultes: "consulté·es avant la décision",
            associes: "associé·es à la conception du changement",
            ne_sait_pas: "je ne sais pas",
          }),
          required: true,
        },
      ],
    },
    {
      key: "dialogue-social",
      title: "Dialogue social et professionnel",
      questions: [
        agreement(
          "cse-consulte-tot",
          "Le comité social et économique (CSE) est consulté assez tôt pour peser sur les décisions.",
        ),
        {
          key: "qvct-ordre-du-jour",
          type: "SCALE",
          label: "Les conditions de travail sont à l'ordre du jour des réunions du CSE.",
          options: FREQUENCY_SCALE,
          required: true,
        },
        {
          key: "accord-qvct",
          type: "YES_NO",
          label:
            "Un accord sur la qualité de vie et des conditions de travail a-t-il déjà été négocié dans l'entreprise ?",
          required: true,
        },
        {
          key: "sujet-prioritaire",
          type: "TEXT",
          label: "Quelle question de travail souhaiteriez-vous voir traitée en priorité dans la démarche ?",
          required: false,
        },
      ],
    },
  ],
};
