import { MATURITY_SCALE, agreement, choices, type TemplateDefinition } from "../definitions";

// Prévention de la pénibilité et de l'usure professionnelle: exposures, their effects over a working
// life, prevention at the source, and careers out of the most exposed jobs.

export const PENIBILITE_USURE: TemplateDefinition = {
  key: "penibilite-usure",
  theme: "PREVENTION_PENIBILITE",
  title: "Prévention de la pénibilité et de l'usure professionnelle",
  description:
    "Diagnostic partagé des expositions aux facteurs de pénibilité, de leurs effets sur la santé au fil des " +
    "parcours, des actions de prévention et des possibilités d'évolution hors des postes les plus exposés. " +
    "La direction et le ou la représentant·e du personnel y répondent chacun de leur côté.",
  sections: [
    {
      key: "expositions",
      title: "Expositions aux facteurs de pénibilité",
      questions: [
        {
          key: "facteurs-exposition",
          type: "MULTIPLE_CHOICE",
          label: "À quels facteurs de risques professionnels des salarié·es sont-ils ou elles exposé·es ?",
          help:
            "Les dix facteurs de l'article L. 4161-1 du Code du travail. Les six premiers ouvrent des droits au " +
            "compte professionnel de prévention (C2P) au-delà des seuils réglementaires.",
          options: choices({
            nuit: "Travail de nuit",
            equipes_alternantes: "Travail en équipes successives alternantes",
            repetitif: "Travail répétitif",
            hyperbare: "Activités en milieu hyperbare",
            temperatures: "Températures extrêmes",
            bruit: "Bruit",
            charges: "Manutentions manuelles de charges",
            postures: "Postures pénibles",
            vibrations: "Vibrations mécaniques",
            chimiques: "Agents chimiques dangereux",
          }),
          required: true,
        },
        {
          key: "part-exposes",
          type: "PERCENTAGE",
          label: "Selon vous, quelle part des salarié·es est exposée à au moins un de ces facteurs ?",
          help: "Une estimation suffit.",
          required: true,
        },
        agreement("expositions-tracees", "Les expositions sont connues et tracées poste par poste."),
      ],
    },
    {
      key: "usure-et-sante",
      title: "Usure professionnelle et santé",
      questions: [
        agreement(
          "douleurs-frequentes",
          "Les douleurs et la fatigue liées au travail sont fréquentes chez les salarié·es.",
        ),
        {
          key: "maladies-professionnelles-3-ans",
          type: "NUMBER",
          label:
            "À votre connaissance, combien de maladies professionnelles ont été reconnues au cours des trois dernières années ?",
          required: true,
        },
        {
          key: "restrictions-aptitude",
          type: "YES_NO",
          label:
            "Des restrictions d'aptitude ou des inaptitudes ont-elles été prononcées par la médecine du travail au cours des deux dernières années ?",
          required: true,
        },
        agreement("tenir-jusqu-a-la-retraite", "On peut tenir jusqu'à la retraite dans les postes les plus exposés."),
      ],
    },
    {
      key: "prevention",
      title: "Actions de prévention",
      questions: [
        {
          key: "reduction-a-la-source",
          type: "SCALE",
          label:
            "Où en est l'entreprise dans la réduction des expositions à la source (aménagement des postes, équipements, organisation) ?",
          options: MATURITY_SCALE,
          required: true,
        },
        agreement("salaries-associes", "Les salarié·es concerné·es sont associé·es à la recherche de solutions."),
        {
          key: "appuis-externes",
          type: "MULTIPLE_CHOICE",
          label: "Quels acteurs extérieurs accompagnent aujourd'hui l'entreprise dans sa prévention ?",
          options: choices({
            spst: "Service de prévention et de santé au travail",
            carsat: "Carsat",
            aract: "Aract",
            branche: "Branche professionnelle ou OPCO",
            aucun: "Aucun",
          }),
          required: true,
        },
      ],
    },
    {
      key: "parcours",
      title: "Parcours et reconversion",
      questions: [
        agreement(
          "evolution-postes-moins-exposes",
          "Les salarié·es des postes exposés peuvent évoluer vers des postes moins exposés.",
        ),
        {
          key: "usage-c2p",
          type: "SINGLE_CHOICE",
          label:
            "Les salarié·es exposé·es utilisent-ils ou elles leur compte professionnel de prévention (formation, temps partiel, départ anticipé) ?",
          options: choices({
            souvent: "oui, plusieurs l'ont utilisé",
            rarement: "rarement",
            jamais: "non, jamais",
            ne_sait_pas: "je ne sais pas",
          }),
          required: true,
        },
        {
          key: "poste-prioritaire",
          type: "TEXT",
          label: "Quel poste ou quelle situation de travail faudrait-il traiter en priorité ?",
          required: false,
        },
      ],
    },
  ],
};
