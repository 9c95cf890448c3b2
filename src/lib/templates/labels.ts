import type { QuestionType } from "@/generated/prisma/enums";

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  SCALE: "Échelle de 1 à 5",
  YES_NO: "Oui / non",
  NUMBER: "Nombre",
  PERCENTAGE: "Pourcentage",
  SINGLE_CHOICE: "Choix unique",
  MULTIPLE_CHOICE: "Choix multiples",
  TEXT: "Texte libre",
};
