import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-6 py-8">
      <p className="text-sm font-bold uppercase tracking-wide text-muted">Erreur 404</p>
      <h1 className="text-3xl font-bold">Page introuvable</h1>
      <p className="text-lg">
        La page que vous cherchez n'existe pas, a été déplacée, ou vous n'y avez pas accès. Si vous avez suivi un lien,
        vérifiez l'adresse.
      </p>
      <ButtonLink href="/">Revenir à l'accueil</ButtonLink>
    </div>
  );
}
