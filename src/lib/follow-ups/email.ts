import type { Email } from "@/lib/email/mutations";
import { linkEmail } from "@/lib/email/text";
import { formatDate } from "@/lib/format/fr";

const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });

export type FollowUpMessage = {
  to: string;
  firstName: string;
  aractName: string;
  clusterName: string;
  companyName: string;
  closedOn: Date;
  /** Whether an e-mail of this follow-up went before (this one is then a reminder). */
  reminder: boolean;
  /** A sign-in link that opens the questionnaire (see createInvitationLink). */
  link: string;
  expires: Date;
};

/** The e-mail of a company's follow-up to a member of its pair: the first one, or a weekly reminder. */
export function followUpEmail(message: FollowUpMessage): Email {
  const { to, firstName, aractName, clusterName, companyName, reminder, link } = message;
  const before = [
    `Bonjour ${firstName},`,
    reminder
      ? `L'${aractName} vous rappelle le questionnaire de suivi de ${companyName}, quelques mois après la fin du « ${clusterName} » : il n'a pas encore été rempli.`
      : `Le « ${clusterName} » s'est terminé le ${formatDate(message.closedOn)}. L'${aractName} aimerait savoir ce qu'il est devenu pour ${companyName}.`,
    "Le questionnaire prend une dizaine de minutes : où en est votre accord ou votre plan d'action (dates, référence du dépôt), les actions menées depuis, ce que le cluster a changé, votre satisfaction. Vous pourrez aussi mettre à jour les indicateurs de l'entreprise (effectifs, absentéisme, accidents du travail…).",
    "Un membre du binôme suffit à y répondre ; l'autre peut relire et compléter les réponses.",
    "Pour vous connecter et ouvrir le questionnaire :",
  ];
  const after = [
    `Ce lien ne sert qu'une fois et reste valable 7 jours, jusqu'au ${date.format(message.expires)}. Ensuite, demandez un nouveau lien depuis la page de connexion avec cette adresse.`,
    reminder ? "Un rappel part chaque semaine pendant un mois, tant que le questionnaire n'est pas rempli." : "",
    `L'${aractName} et l'équipe des clusters Anact-Aract`,
  ].filter(Boolean);
  return linkEmail({
    to,
    subject: reminder ? `Rappel : le suivi de ${companyName} attend vos réponses` : `Le suivi de ${companyName}, après le « ${clusterName} »`,
    before,
    link,
    linkLabel: "Répondre au questionnaire de suivi",
    after,
  });
}
