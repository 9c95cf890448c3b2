import type { Email } from "@/lib/email/mutations";
import { linkEmail } from "@/lib/email/text";

const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });

export type Reminder = {
  to: string;
  firstName: string;
  aractName: string;
  /** The chargé·e de mission who sends it. */
  sentBy: string;
  clusterName: string;
  companyName: string;
  templateTitle: string;
  /** Whether they already answered part of it (their answers are kept). */
  started: boolean;
  /** A side of the pair, or a further member (the cluster opens its diagnostics to them). */
  inPair: boolean;
  /** A sign-in link (see createInvitationLink). */
  link: string;
  expires: Date;
};

/** The reminder to a member who has not sent their diagnostic: what, for whom, where they stand, the link. */
export function reminderEmail(reminder: Reminder): Email {
  const { to, firstName, aractName, sentBy, clusterName, companyName, templateTitle, started, inPair, link } = reminder;
  const until = date.format(reminder.expires);
  const paragraphs = [
    `Bonjour ${firstName},`,
    `${sentBy}, de l'${aractName}, vous rappelle que votre réponse au diagnostic « ${templateTitle} » de ${companyName}, pour le « ${clusterName} », n'a pas encore été envoyée.`,
    started
      ? "Vos réponses déjà saisies sont enregistrées : vous reprendrez là où vous vous étiez arrêté·e."
      : "Vos réponses s'enregistrent au fil de la saisie : vous pouvez vous arrêter et revenir quand vous voulez.",
    inPair
      ? "Chaque membre du binôme répond pour lui-même ; vos deux regards sont comparés quand vous avez tous deux envoyé vos réponses."
      : "Chaque membre répond pour lui-même ; votre réponse s'ajoute, comme un autre regard, à la comparaison de celles du binôme de votre entreprise.",
    "Pour vous connecter, ouvrez ce lien :",
  ];
  const after = [
    `Ce lien ne sert qu'une fois et reste valable 7 jours, jusqu'au ${until}. Ensuite, demandez un nouveau lien depuis la page de connexion avec cette adresse, ou écrivez à ${sentBy}.`,
    `L'${aractName} et l'équipe des clusters Anact-Aract`,
  ];
  return linkEmail({
    to,
    subject: `Rappel : votre diagnostic « ${templateTitle} » attend vos réponses`,
    before: paragraphs,
    link,
    linkLabel: "Reprendre mon diagnostic",
    after,
  });
}
