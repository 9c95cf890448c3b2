import type { Email } from "@/lib/email/mutations";
import { linkEmail } from "@/lib/email/text";
import type { PairSide } from "@/generated/prisma/enums";
import { seatLabel, type SeatKind } from "@/lib/clusters/labels";

const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });

const ROLE_WORDS: Record<PairSide, string> = {
  DIRECTION: "pour la direction",
  STAFF_REPRESENTATIVE: "pour les représentant·es du personnel",
};

export type Invitation = {
  to: string;
  firstName: string;
  /** The seat they are invited to: a side of the pair, or a further member's role. */
  seat: SeatKind;
  aractName: string;
  /** The chargé·e de mission who sends it. */
  invitedBy: string;
  clusterName: string;
  companyName: string;
  /** The sign-in link, pointing at the confirmation page (see createInvitationLink). */
  link: string;
  expires: Date;
};

/** The invitation of a pair member: who invites, to which cluster and for which company, why, and the link. */
export function invitationEmail(invitation: Invitation): Email {
  const { to, firstName, seat, aractName, invitedBy, clusterName, companyName, link } = invitation;
  const as = seat.side ? ROLE_WORDS[seat.side] : `en tant que « ${seatLabel(seat)} »`;
  const until = date.format(invitation.expires);
  const paragraphs = [
    `Bonjour ${firstName},`,
    `${invitedBy}, de l'${aractName}, vous invite à rejoindre la plateforme des clusters Anact-Aract ${as} de ${companyName}, inscrite au « ${clusterName} ».`,
    seat.side
      ? "Avec l'autre membre de votre binôme, vous y trouverez le calendrier des séances collectives, vous y remplirez en ligne le diagnostic de votre entreprise, comparerez vos deux regards et suivrez votre plan d'actions."
      : "Aux côtés du binôme de votre entreprise (direction et représentant·e du personnel), vous y trouverez le calendrier des séances collectives et suivrez la démarche de votre entreprise et son plan d'actions.",
    "Pour vous connecter, ouvrez ce lien :",
  ];
  const after = [
    `Ce lien ne sert qu'une fois et reste valable 7 jours, jusqu'au ${until}. Ensuite, demandez un nouveau lien depuis la page de connexion avec cette adresse, ou écrivez à ${invitedBy}.`,
    "Si vous ne vous attendiez pas à ce message, ignorez-le : personne ne pourra se connecter sans ce lien.",
    `L'${aractName} et l'équipe des clusters Anact-Aract`,
  ];
  return linkEmail({
    to,
    subject: `${aractName} : invitation au ${clusterName}`,
    before: paragraphs,
    link,
    linkLabel: "Rejoindre la plateforme",
    after,
  });
}
