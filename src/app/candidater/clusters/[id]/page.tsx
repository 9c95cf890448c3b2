import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicCluster } from "@/lib/calls/queries";
import { PARTNER_KIND_LABELS, THEME_LABELS } from "@/lib/clusters/labels";
import { slotText } from "@/lib/sessions/rules";
import { capitalized, formatDays, formatPeriod, formatWeekdayDate } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Fact } from "@/components/ui/fact";
import { ApplicationForm } from "@/components/applications/application-form";
import { WhatTakingPartInvolves } from "@/components/calls/what-taking-part-involves";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cluster = await getPublicCluster((await params).id);
  return { title: cluster ? `Candidater : ${cluster.name}` : "Appel à candidatures introuvable" };
}

/** A cluster in recruitment, open to everyone: what it is, what taking part involves, and the form to apply. */
export default async function PublicClusterPage({ params }: Props) {
  const cluster = await getPublicCluster((await params).id);
  if (!cluster) notFound();
  return (
    <>
      <nav aria-label="Retour" className="mb-4 text-sm">
        <Link href="/candidater">← Tous les appels à candidatures</Link>
      </nav>
      <PageHeader
        title={cluster.name}
        lead={`Une action collective de l'${cluster.aract.name}, ouverte aux candidatures.`}
      />
      <div className="space-y-10">
        <dl className="grid max-w-4xl gap-x-8 gap-y-4 sm:grid-cols-2">
          <Fact label="Thèmes">{cluster.themes.map((theme) => THEME_LABELS[theme]).join(", ")}</Fact>
          <Fact label={cluster.kind === "TERRITORIAL" ? "Territoire" : "Secteur"}>
            {(cluster.kind === "TERRITORIAL" ? cluster.territory : cluster.sector) ?? "—"}
          </Fact>
          <Fact label="Dates">{capitalized(formatPeriod(cluster.startDate, cluster.endDate))}</Fact>
          <Fact label="Programme">
            {cluster.programme ? (
              <Link href={`/candidater/programmes/${cluster.programme.id}`}>{cluster.programme.name}</Link>
            ) : (
              "—"
            )}
          </Fact>
          <Fact label="Séances collectives prévues">{cluster.plannedCollectiveSessions}</Fact>
          <Fact label="Appui individuel">{formatDays(cluster.plannedSupportDaysPerCompany)} par structure</Fact>
        </dl>
        {cluster.description && <p className="max-w-3xl whitespace-pre-line leading-relaxed">{cluster.description}</p>}
        {cluster.sessions.length > 0 && (
          <section aria-labelledby="seances" className="space-y-3">
            <h2 id="seances" className="text-xl font-bold">
              Séances collectives déjà fixées
            </h2>
            <ul className="space-y-1">
              {cluster.sessions.map((session, index) => (
                <li key={index}>
                  <span className="font-medium">{capitalized(formatWeekdayDate(session.date))}</span>, {slotText(session)} :{" "}
                  {session.title} ({session.place})
                </li>
              ))}
            </ul>
          </section>
        )}
        {cluster.partners.length > 0 && (
          <section aria-labelledby="partenaires" className="space-y-3">
            <h2 id="partenaires" className="text-xl font-bold">
              Partenaires
            </h2>
            <ul className="space-y-1">
              {cluster.partners.map((partner, index) => (
                <li key={index}>
                  {partner.name} <span className="text-muted">({PARTNER_KIND_LABELS[partner.kind]}{partner.role ? `, ${partner.role}` : ""})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <WhatTakingPartInvolves sessions={cluster.plannedCollectiveSessions} supportDays={cluster.plannedSupportDaysPerCompany} />
        <section aria-labelledby="candidater" className="space-y-4">
          <h2 id="candidater" className="text-xl font-bold">
            Candidater
          </h2>
          <p className="max-w-3xl text-muted">
            L'{cluster.aract.name} étudie chaque candidature et répond par e-mail.
            {cluster.aract.contactEmail && ` Une question avant de candidater : ${cluster.aract.contactEmail}.`}
          </p>
          <ApplicationForm target={{ kind: "cluster", id: cluster.id }} />
        </section>
      </div>
    </>
  );
}
