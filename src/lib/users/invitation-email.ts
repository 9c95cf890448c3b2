import type { Email } from "@/lib/email/mutations";
import type { StaffRole } from "@/generated/prisma/enums";
import { linkEmail } from "@/lib/email/text";

const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });

const ROLE_WORDS: Record<StaffRole, string> = {
  NATIONAL_ADMIN: "comme administrateur·rice national·e",
  NATIONAL: "dans l'équipe nationale",
  ARACT_ADMIN: "comme administrateur·rice",
  CHARGE_DE_MISSION: "comme chargé·e de mission",
};

export type StaffInvitation = {
  to: string;
  name: string;
  role: StaffRole;
  aractName: string;
  invitedBy: string;
  /** The sign-in link (see createInvitationLink). */
  link: string;
  expires: Date;
};

/** The invitation of an Aract's staff member: who invites, to which Aract and role, and the link. */
export function staffInvitationEmail(invitation: StaffInvitation): Email {
  const { to, name, role, aractName, invitedBy, link } = invitation;
  const paragraphs = [
    `Bonjour ${name},`,
    `${invitedBy} vous invite à rejoindre l'${aractName} ${ROLE_WORDS[role]} sur la plateforme des clusters Anact-Aract, où le réseau mène ses actions collectives avec les entreprises.`,
    "Pour vous connecter, ouvrez ce lien :",
  ];
  const after = [
    `Ce lien ne sert qu'une fois et reste valable 7 jours, jusqu'au ${date.format(invitation.expires)}. Ensuite, demandez un nouveau lien depuis la page de connexion avec cette adresse.`,
    "Si vous ne vous attendiez pas à ce message, ignorez-le : personne ne pourra se connecter sans ce lien.",
    "L'équipe des clusters Anact-Aract",
  ];
  return linkEmail({
    to,
    subject: `Invitation : ${aractName} sur la plateforme des clusters`,
    before: paragraphs,
    link,
    linkLabel: "Rejoindre la plateforme",
    after,
  });
}
