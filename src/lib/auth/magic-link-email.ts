import type { Email } from "@/lib/email/mutations";

const dateTime = new Intl.DateTimeFormat("fr-FR", { timeStyle: "short", timeZone: "Europe/Paris" });

/** Points the e-mail at a confirmation page: mail scanners that open links must not burn the token. */
export function confirmationUrl(callbackUrl: string): string {
  const url = new URL(callbackUrl);
  return `${url.origin}/connexion/confirmer${url.search}`;
}

export function magicLinkEmail(to: string, callbackUrl: string, expires: Date): Email {
  const link = confirmationUrl(callbackUrl);
  const until = dateTime.format(expires);
  const text = [
    "Bonjour,",
    "",
    "Pour vous connecter à la plateforme des clusters Anact-Aract, ouvrez ce lien :",
    link,
    "",
    `Ce lien ne sert qu'une fois et expire à ${until} (dans 10 minutes).`,
    "Si vous n'avez pas demandé à vous connecter, ignorez ce message : personne ne pourra se connecter sans lui.",
    "",
    "L'équipe des clusters Anact-Aract",
  ].join("\n");
  const html = `<p>Bonjour,</p>
<p>Pour vous connecter à la plateforme des clusters Anact-Aract, ouvrez ce lien :</p>
<p><a href="${link}">Me connecter</a></p>
<p>Ce lien ne sert qu'une fois et expire à ${until} (dans 10 minutes).</p>
<p>Si vous n'avez pas demandé à vous connecter, ignorez ce message : personne ne pourra se connecter sans lui.</p>
<p>L'équipe des clusters Anact-Aract</p>`;
  return { to, subject: "Votre lien de connexion aux clusters Anact-Aract", text, html };
}
