import { agreement, choices, type TemplateDefinition } from "../definitions";

// Emploi des seniors, as in the Tempo clusters: anticipating the age pyramid, keeping people in work,
// passing on know-how, recruiting and ending careers well.

export const EMPLOI_SENIORS: TemplateDefinition = {
  key: "emploi-seniors",
  theme: "EMPLOI_SENIORS",
  title: "Emploi des seniors",
  description:
    "Diagnostic partagé sur l'emploi et le maintien en emploi des salarié·es de plus de 50 ans : démographie " +
    "de l'entreprise, conditions de travail en deuxième partie de carrière, transmission des savoirs, " +
    "recrutement et fins de carrière. Chaque membre du binôme répond selon ce qu'il ou elle observe.",
  sections: [
    {
      key: "demographie",
      title: "Démographie et anticipation",
      questions: [
        {
          key: "part-55-ans",
          type: "PERCENTAGE",
          label: "Selon vous, quelle part de l'effectif a 55 ans ou plus ?",
          help: "Une estimation suffit ; la pyramide des âges de la BDESE donne le chiffre exact.",
          required: true,
        },
        {
          key: "departs-retraite-3-ans",
          type: "NUMBER",
          label: "Combien de départs à la retraite sont attendus dans les trois prochaines années ?",
          required: true,
        },
        agreement(
          "departs-anticipes",
          "Les départs à la retraite sont anticipés (transmission des savoirs, recrutements, réorganisation).",
        ),
      ],
    },
    {
      key: "maintien-en-emploi",
      title: "Maintien en emploi et conditions de travail",
      questions: [
        agreement("postes-amenageables", "Les postes peuvent être aménagés pour les salarié·es en fin de carrière."),
        {
          key: "mesures-seniors",
          type: "MULTIPLE_CHOICE",
          label: "Quelles mesures existent pour les salarié·es de 55 ans et plus ?",
          options: choices({
            entretien: "Entretien de deuxième partie de carrière",
            horaires: "Aménagement des horaires",
            retraite_progressive: "Retraite progressive",
            temps_partiel: "Temps partiel de fin de carrière",
            changement_poste: "Changement de poste vers une activité moins exposée",
            aucune: "Aucune",
          }),
          required: true,
        },
        {
          key: "inaptitudes-2-ans",
          type: "YES_NO",
          label:
            "Des salarié·es ont-ils ou elles été déclaré·es inaptes à leur poste au cours des deux dernières années ?",
          required: true,
        },
      ],
    },
    {
      key: "transmission",
      title: "Compétences et transmission des savoirs",
      questions: [
        agreement(
          "formation-plus-50",
          "Les salarié·es de plus de 50 ans ont le même accès à la formation que les autres.",
        ),
        agreement(
          "tutorat-reconnu",
          "Le tutorat et la transmission des savoirs sont reconnus et disposent de temps dédié.",
        ),
        {
          key: "mode-transmission",
          type: "SINGLE_CHOICE",
          label: "Aujourd'hui, la transmission des savoir-faire se fait surtout :",
          options: choices({
            organisee: "de façon organisée (binômes, tutorat formalisé)",
            informelle: "de façon informelle, au fil du travail",
            absente: "elle ne se fait pas vraiment",
            ne_sait_pas: "je ne sais pas",
          }),
          required: true,
        },
      ],
    },
    {
      key: "recrutement-fin-de-carriere",
      title: "Recrutement et fin de carrière",
      questions: [
        agreement(
          "recrutement-plus-50",
          "L'entreprise recrute des candidat·es de plus de 50 ans lorsque leur profil correspond.",
        ),
        agreement(
          "fin-de-carriere-preparee",
          "Les salarié·es peuvent préparer leur fin de carrière et leur départ dans de bonnes conditions.",
        ),
        {
          key: "situation-urgente",
          type: "TEXT",
          label: "Quelle situation vous semble la plus urgente à traiter pour les salarié·es les plus âgé·es ?",
          required: false,
        },
      ],
    },
  ],
};
