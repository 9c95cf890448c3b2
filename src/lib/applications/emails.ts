import type { Email } from "@/lib/email/mutations";
import { linkEmail } from "@/lib/email/text";

// What an applicant receives: the confirmation of their application, then, if it is declined, the reason.
// The staff's decision to accept reaches the pair through their invitations.

/**
 * The confirmation goes to an address nobody has checked yet: it repeats nothing the applicant typed (a
 * name, a company), so that the public form cannot send someone else a message of its author's choosing.
 */
export type ReceivedNotice = {
  to: string;
  /** "au « Cluster QVT… »" or "au programme « … »": the call's own name. */
  targetWords: string;
  aractName: string | null;
  link: string;
};

export type ApplicationNotice = {
  to: string;
  firstName: string;
  companyName: string;
  /** "au « Cluster QVT… »" or "au programme « … »". */
  targetWords: string;
  /** The Aract that studies it, or null while the national team routes it. */
  aractName: string | null;
  /** The public page the application was sent from. */
  link: string;
};

export function applicationReceivedEmail(notice: ReceivedNotice): Email {
  const studiedBy = notice.aractName
    ? `L'${notice.aractName} l'étudie et vous répondra par e-mail à cette adresse.`
    : "L'équipe nationale de l'Anact la transmet à l'Aract de votre région, qui l'étudiera et vous répondra par e-mail à cette adresse.";
  return linkEmail({
    to: notice.to,
    subject: "Candidature reçue",
    before: [
      "Bonjour,",
      `Nous avons bien reçu la candidature envoyée avec cette adresse ${notice.targetWords}.`,
      studiedBy,
      "La page de l'appel à candidatures :",
    ],
    link: notice.link,
    linkLabel: "Revoir l'appel à candidatures",
    after: [
      "Si vous n'avez pas envoyé cette candidature, ignorez ce message : rien ne sera fait sans l'accord de votre structure.",
      "Le réseau Anact-Aract",
    ],
  });
}

export function applicationDeclinedEmail(notice: ApplicationNotice & { reason: string; declinedBy: string }): Email {
  return linkEmail({
    to: notice.to,
    subject: `Votre candidature ${notice.targetWords}`,
    before: [
      `Bonjour ${notice.firstName},`,
      `${notice.declinedBy}, de l'${notice.aractName}, a étudié la candidature de ${notice.companyName} ${notice.targetWords} et ne peut pas la retenir :`,
      notice.reason,
      "D'autres actions collectives sont peut-être ouvertes près de chez vous :",
    ],
    link: notice.link,
    linkLabel: "Voir les appels à candidatures ouverts",
    after: [`Vous pouvez aussi écrire à l'${notice.aractName} pour en parler.`, "Le réseau Anact-Aract"],
  });
}
