import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";

// The accessibility statement required of public services (article 47 of the law of 11 February 2005,
// decree 2019-768), following the structure of the RGAA 4.1 model. Fully static: the benchmark uses it as
// the baseline of what the server can serve, so it must read no cookie, header or database.
export const dynamic = "force-static";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

export default function AccessibilityStatementPage() {
  return (
    <>
      <PageHeader
        title="Déclaration d'accessibilité"
        lead="L'Anact s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005."
      />
      <div className="max-w-3xl space-y-6 leading-relaxed">
        <p>
          Cette déclaration d'accessibilité s'applique à la plateforme Clusters Anact-Aract, qui permet au réseau
          Anact-Aract et aux entreprises participantes de suivre les actions collectives (clusters).
        </p>

        <Card title="État de conformité">
          <p>
            La plateforme Clusters Anact-Aract est <strong>partiellement conforme</strong> avec le référentiel
            général d'amélioration de l'accessibilité (RGAA), version 4.1.
          </p>
        </Card>

        <Card title="Résultats des tests">
          <p>
            La conformité est vérifiée par un audit interne automatisé : les tests de bout en bout de la plateforme
            parcourent ses pages dans le navigateur Chromium, et chaque page visitée est analysée avec l'outil
            axe-core selon les règles des niveaux A et AA des WCAG 2.1, sur lesquelles repose le RGAA. Une erreur
            relevée sur une page fait échouer les tests.
          </p>
          <p className="mt-3">
            Un outil automatique ne contrôle qu'une partie des critères du RGAA. Aucun audit complet des 106 critères
            n'a encore été réalisé par un organisme extérieur.
          </p>
        </Card>

        <Card title="Contenus non accessibles">
          <p>
            Aucun contenu non accessible n'est connu à ce jour. Si vous rencontrez une difficulté pour accéder à un
            contenu ou à un service, signalez-la (voir « Retour d'information et contact » ci-dessous) : nous vous
            proposerons une autre façon d'obtenir l'information et corrigerons la page concernée.
          </p>
        </Card>

        <Card title="Établissement de cette déclaration">
          <p>Cette déclaration a été établie le 23 novembre 2026.</p>
          <h3 className="mt-4 font-bold text-ink">Technologies utilisées pour la réalisation de la plateforme</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>HTML5</li>
            <li>CSS</li>
            <li>JavaScript (React, Next.js)</li>
            <li>WAI-ARIA</li>
          </ul>
          <h3 className="mt-4 font-bold text-ink">Environnement de test</h3>
          <p className="mt-2">
            Les vérifications ont été faites avec le navigateur Chromium piloté par Playwright et l'outil d'analyse
            axe-core. Aucune vérification avec un lecteur d'écran n'a encore été menée.
          </p>
        </Card>

        <Card title="Retour d'information et contact">
          <p>
            Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez le signaler à votre chargé·e de
            mission dans votre Aract, ou à l'Anact par le formulaire de contact de son site{" "}
            <a href="https://www.anact.fr">www.anact.fr</a>, pour être orienté·e vers une autre façon d'obtenir
            l'information ou le service.
          </p>
        </Card>

        <Card title="Voies de recours">
          <p>
            Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service et
            que vous n'avez pas obtenu de réponse satisfaisante, vous êtes en droit de saisir le Défenseur des droits :
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              en lui écrivant par le <a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</a> ;
            </li>
            <li>
              en contactant{" "}
              <a href="https://www.defenseurdesdroits.fr/saisir/delegues">le délégué du Défenseur des droits</a> de
              votre région ;
            </li>
            <li>en appelant le 09 69 39 00 00 ;</li>
            <li>
              en envoyant un courrier par la poste (gratuit, sans timbre) : Défenseur des droits, Libre réponse 71120,
              75342 Paris CEDEX 07.
            </li>
          </ul>
        </Card>
      </div>
    </>
  );
}
