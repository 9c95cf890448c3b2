import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicProgramme } from "@/lib/calls/queries";
import { currentYear } from "@/lib/calls/rules";
import { todayInFrance } from "@/lib/dates/day";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { capitalized, formatMonthYear } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Fact } from "@/components/ui/fact";
import { ApplicationForm } from "@/components/applications/application-form";
import { WhatTakingPartInvolves } from "@/components/calls/what-taking-part-involves";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const programme = await getPublicProgramme((await params).id, currentYear(todayInFrance()));
  return { title: programme ? `Candidater : ${programme.name}` : "Appel à candidatures introuvable" };
}

/** A programme, open to everyone: its clusters in recruitment, and the form whose answer goes to the Aract of the postcode. */
export default async function PublicProgrammePage({ params }: Props) {
  const programme = await getPublicProgramme((await params).id, currentYear(todayInFrance()));
  if (!programme) notFound();
  const years = [programme.startYear, programme.endYear].filter(Boolean).join(" – ");
  return (
    <>
      <nav aria-label="Retour" className="mb-4 text-sm">
        <Link href="/candidater">← Tous les appels à candidatures</Link>
      </nav>
      <PageHeader
        title={programme.name}
        lead={
          programme.aractName
            ? `Un programme de l'${programme.aractName}.`
            : "Un programme national de l'Anact, mené en région par les Aract."
        }
      />
      <div className="space-y-10">
        <dl className="grid max-w-4xl gap-x-8 gap-y-4 sm:grid-cols-2">
          <Fact label="Thèmes">{programme.themes.map((theme) => THEME_LABELS[theme]).join(", ") || "—"}</Fact>
          <Fact label="Années">{years || "—"}</Fact>
        </dl>
        {programme.description && <p className="max-w-3xl whitespace-pre-line leading-relaxed">{programme.description}</p>}
        <section aria-labelledby="clusters-ouverts" className="space-y-3">
          <h2 id="clusters-ouverts" className="text-xl font-bold">
            Clusters ouverts aux candidatures
          </h2>
          {programme.clusters.length ? (
            <ul className="space-y-1">
              {programme.clusters.map((cluster) => (
                <li key={cluster.id}>
                  <Link href={`/candidater/clusters/${cluster.id}`}>{cluster.name}</Link>{" "}
                  <span className="text-muted">
                    ({cluster.aractName}, {cluster.territory ?? cluster.sector}, à partir de {formatMonthYear(cluster.startDate)})
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>Aucun cluster de ce programme ne recrute en ce moment : candidatez ci-dessous, l'Aract vous proposera le prochain.</p>
          )}
        </section>
        <WhatTakingPartInvolves />
        <section aria-labelledby="candidater" className="space-y-4">
          <h2 id="candidater" className="text-xl font-bold">
            Candidater au programme
          </h2>
          <p className="max-w-3xl text-muted">
            {capitalized(
              programme.aractName
                ? `l'${programme.aractName} étudie chaque candidature et répond par e-mail.`
                : "votre candidature part à l'Aract de votre région, d'après le code postal de votre structure ; elle l'étudie et vous répond par e-mail.",
            )}
          </p>
          <ApplicationForm target={{ kind: "programme", id: programme.id }} />
        </section>
      </div>
    </>
  );
}
