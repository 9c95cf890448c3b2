// next-auth reports failures by code; each gets one French sentence for the user.
const MESSAGES: Record<string, string> = {
  TropDeDemandes:
    "Trop de demandes de lien en peu de temps. Patientez un quart d'heure avant de réessayer, ou utilisez le dernier lien reçu.",
  EmailInvalide: "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr).",
  Verification:
    "Ce lien de connexion n'est plus valable : il a expiré (au bout de 10 minutes) ou a déjà servi. Demandez-en un nouveau.",
  AccessDenied: "Ce compte n'a pas accès à la plateforme. Contactez votre Aract.",
  OAuthAccountNotLinked: "Cette adresse est déjà liée à un autre mode de connexion. Utilisez le lien par e-mail.",
  SessionRequired: "Connectez-vous pour accéder à cette page.",
};

export function signInErrorMessage(code: string): string {
  return MESSAGES[code] ?? "Une erreur est survenue pendant la connexion. Réessayez dans quelques instants.";
}
