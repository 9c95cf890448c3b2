import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PersonalDataDownloads } from "./download-links";

/** « Mon compte »: download one's own data (RGPD art. 15 and 20), and where to learn about one's rights. */
export function OwnDataCard() {
  return (
    <Card title="Mes données personnelles" className="mt-6">
      <p>
        Téléchargez tout ce que la plateforme conserve sur vous : votre identité, vos rôles, vos places dans un binôme
        d'entreprise, vos présences aux séances collectives, vos réponses aux diagnostics et l'historique des actions
        qui vous concernent. Le tableur se lit directement ; le fichier JSON se réutilise dans un autre outil.
      </p>
      <div className="mt-4">
        <PersonalDataDownloads href="/compte/donnees" whose="mes données personnelles" />
      </div>
      <p className="mt-4 text-sm text-muted">
        Chaque téléchargement est inscrit au journal de la plateforme.{" "}
        <Link href="/donnees-personnelles">Vos droits et la façon de les exercer</Link>.
      </p>
    </Card>
  );
}
