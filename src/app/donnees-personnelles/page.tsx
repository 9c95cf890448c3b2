import { APPLICATION_RETENTION_MONTHS } from "@/lib/personal-data/retention";
import type { Metadata } from "next";
import Link from "next/link";
import { dataProtectionOfficer, env } from "@/env";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";

// The information owed to every person whose data the platform holds (RGPD art. 13 and 14): public, linked
// from the footer and from every invitation e-mail. The retention period and the data protection officer
// come from the environment, hence rendered at each request rather than at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Données personnelles" };

export default function PersonalDataNoticePage() {
  const years = env().RETENTION_YEARS;
  const dpo = dataProtectionOfficer();
  return (
    <>
      <PageHeader
        title="Données personnelles"
        lead="Ce que la plateforme des clusters Anact-Aract fait de vos données, pourquoi, combien de temps, et comment exercer vos droits."
      />
      <div className="max-w-3xl space-y-6 leading-relaxed">
        <Card title="Qui traite vos données, et pourquoi">
          <p>
            La plateforme est opérée par l'Anact (Agence nationale pour l'amélioration des conditions de travail) pour
            le réseau Anact-Aract. L'Aract de votre région y mène les actions collectives (« clusters ») auxquelles
            votre entreprise participe. Vos données servent à :
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              inscrire les entreprises et leur binôme (direction et représentant·e du personnel), et vous inviter ;
            </li>
            <li>organiser les séances collectives et les appuis individuels, et en tenir les présences ;</li>
            <li>recueillir les diagnostics de chaque membre du binôme et comparer leurs deux regards ;</li>
            <li>suivre les plans d'actions, les accords et plans d'action obtenus, et l'évaluation des actions ;</li>
            <li>justifier les actions auprès de leurs financeurs (feuilles d'émargement, jours d'appui) ;</li>
            <li>
              produire les statistiques du réseau : elles sont anonymes, et aucun chiffre portant sur moins de cinq
              entreprises n'est publié ;
            </li>
            <li>assurer la sécurité de la plateforme et la traçabilité des modifications (journal d'audit).</li>
          </ul>
        </Card>

        <Card title="Sur quelle base">
          <p>
            Ces traitements sont nécessaires à l'exécution de la mission d'intérêt public du réseau Anact-Aract :
            améliorer les conditions de travail (article 6, paragraphe 1, point e, du règlement général sur la
            protection des données, RGPD).
          </p>
        </Card>

        <Card title="Les données conservées">
          <ul className="list-disc space-y-1 pl-6">
            <li>vos nom et prénom, votre adresse e-mail et votre téléphone professionnels, votre fonction ;</li>
            <li>votre entreprise et votre place dans sa démarche (dans son binôme, ou un autre rôle : référent·e, comité de pilotage…) ;</li>
            <li>vos présences aux séances collectives et vos réponses aux diagnostics ;</li>
            <li>
              si votre structure a candidaté en ligne, sa candidature : la structure, les deux membres de son binôme et
              son projet ;
            </li>
            <li>
              vos connexions (date, navigateur) et l'historique des modifications que vous faites ou qui vous
              concernent.
            </li>
          </ul>
          <p className="mt-3">Aucune appartenance syndicale n'est enregistrée. Aucun mot de passe n'est conservé.</p>
        </Card>

        <Card title="Pendant combien de temps">
          <p>
            L'identité des membres des entreprises (binômes et autres membres) est conservée pendant l'action collective puis{" "}
            <strong>{years === 1 ? "1 an" : `${years} ans`} après son évaluation</strong>. Elle est ensuite remplacée
            automatiquement par un pseudonyme (« Personne supprimée n° … ») : les présences, réponses et résultats
            restent comptés dans les statistiques, sans votre nom. Les comptes de l'équipe d'une Aract durent le temps
            de ses fonctions. Une candidature en ligne est supprimée {APPLICATION_RETENTION_MONTHS} mois après avoir été
            acceptée ou refusée, ou restée sans réponse. Un lien de connexion vaut 10 minutes, une invitation 7 jours.
          </p>
        </Card>

        <Card title="Qui y a accès">
          <ul className="list-disc space-y-1 pl-6">
            <li>les chargé·es de mission et l'administration de l'Aract qui mène l'action ;</li>
            <li>
              les autres membres de votre entreprise dans le cluster : le binôme, pour la comparaison de ses diagnostics
              et le plan d'actions, et les autres membres quand l'Aract leur ouvre les diagnostics ;
            </li>
            <li>l'équipe nationale de l'Anact, en lecture, pour le suivi du réseau ;</li>
            <li>
              les financeurs de l'action, pour les seuls justificatifs qu'ils demandent (présences, jours d'appui).
            </li>
          </ul>
          <p className="mt-3">Les autres Aract et les autres entreprises n'ont aucun accès à vos données.</p>
        </Card>

        <Card title="Vos droits, et comment les exercer">
          <p>
            Vous pouvez accéder à vos données, les faire rectifier ou effacer, en demander la limitation et vous opposer
            à leur traitement (articles 15 à 21 du RGPD).
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <strong>Accès</strong> : une fois connecté·e, téléchargez toutes vos données depuis{" "}
              <Link href="/compte">Mon compte</Link> (tableur ou fichier JSON).
            </li>
            <li>
              <strong>Rectification, effacement, limitation, opposition</strong> : écrivez à la ou au chargé·e de
              mission de votre Aract, ou au délégué à la protection des données ci-dessous. L'effacement remplace votre
              identité par un pseudonyme et met fin à votre accès.
            </li>
          </ul>
          <p className="mt-3">Une réponse vous est apportée dans un délai d'un mois.</p>
          <p className="mt-3">
            Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission
            nationale de l'informatique et des libertés (CNIL) :{" "}
            <a href="https://www.cnil.fr/fr/adresser-une-plainte">www.cnil.fr/fr/adresser-une-plainte</a>.
          </p>
        </Card>

        <Card title="Délégué à la protection des données">
          <p>
            {dpo.name} : <a href={`mailto:${dpo.email}`}>{dpo.email}</a>
          </p>
        </Card>
      </div>
    </>
  );
}
