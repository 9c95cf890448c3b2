import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { isAractScope } from "@/lib/actions/server";
import { getPersonRecord } from "@/lib/personal-data/people/queries";
import { formatDate } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { Notice } from "@/components/ui/notice";
import { PersonalDataDownloads } from "@/components/personal-data/download-links";
import { ErasePersonForm } from "@/components/personal-data/erase-person-form";

export const metadata: Metadata = { title: "Une personne et ses données" };

type Props = { params: Promise<{ id: string }> };

export default async function PersonPage({ params }: Props) {
  const scope = await requireScope("personal-data:manage");
  if (!isAractScope(scope)) notFound();
  const { id } = await params;
  const person = await getPersonRecord(scope, id);
  if (!person) notFound();
  // After an erasure, say the field was erased rather than never filled in.
  const none = <span className="font-normal text-muted">{person.erasedAt ? "effacé" : "non renseigné"}</span>;
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/administration/personnes">← Rechercher une autre personne</Link>
      </p>
      <PageHeader
        title={person.name}
        lead={person.erasedAt ? "Personne supprimée : il ne reste d'elle que des données anonymes." : undefined}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Ce que la plateforme conserve">
          <dl className="grid gap-4 sm:grid-cols-2">
            <Fact label="Adresse e-mail">{person.email ?? none}</Fact>
            <Fact label="Téléphone">{person.phone ?? none}</Fact>
            <Fact label="Fonction">{person.jobTitle ?? none}</Fact>
            <Fact label="Compte sur la plateforme">
              {person.hasAccount && person.erasedAt
                ? "Fermé à la suppression"
                : person.hasAccount
                  ? person.lastSignInAt
                    ? `Oui, dernière connexion le ${formatDate(person.lastSignInAt)}`
                    : "Oui, jamais connecté·e"
                  : "Non"}
            </Fact>
            <Fact label="Rôle dans l'Aract" className="sm:col-span-2">
              {person.roles.length ? person.roles.join(", ") : "Aucun"}
            </Fact>
          </dl>
          <h3 className="mt-6 font-bold">Binômes</h3>
          {person.seats.length === 0 ? (
            <p className="mt-1 text-muted">Aucune place dans un binôme d'entreprise.</p>
          ) : (
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {person.seats.map((seat, index) => (
                <li key={index}>
                  {seat.company}, {seat.cluster} : {seat.side.toLowerCase()}
                  {seat.ended ? " (remplacé·e)" : ""}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <div className="space-y-6">
          <Card title="Exporter ses données">
            <p className="mb-4">
              Le même document que la personne obtient depuis « Mon compte » (identité, rôles, binômes, présences,
              réponses aux diagnostics, historique), limité à votre Aract. L'export est inscrit au journal à votre nom.
            </p>
            <PersonalDataDownloads
              href={`/administration/personnes/${person.id}/donnees`}
              whose={`les données de ${person.name}`}
            />
          </Card>
          <Card title="Supprimer cette personne">
            {person.erasedAt ? (
              <Notice tone="success" role="status" title="Personne supprimée">
                Supprimée le {formatDate(person.erasedAt)} : elle apparaît désormais comme « {person.name} ». Ses
                présences, réponses et résultats restent comptés, sans son nom.
              </Notice>
            ) : person.self ? (
              <Notice>
                Vous ne pouvez pas supprimer vos propres données : demandez-le à un·e autre administrateur·rice.
              </Notice>
            ) : person.outsideAract ? (
              <Notice>
                Cette personne a aussi un rôle ou une fiche hors de votre Aract : transmettez sa demande à l'équipe
                nationale de l'Anact.
              </Notice>
            ) : (
              <>
                <p>
                  Son nom est remplacé par un pseudonyme (« Personne supprimée n° … »), ses coordonnées sont effacées,
                  son accès à la plateforme et son rôle prennent fin.
                </p>
                <p className="mt-2 mb-4">
                  Ses présences, réponses aux diagnostics et les résultats de son entreprise restent, sans son nom : les
                  chiffres des rapports ne changent pas.
                </p>
                <ErasePersonForm id={person.id} name={person.name} />
              </>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
