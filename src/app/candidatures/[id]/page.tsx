import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireScope } from "@/lib/auth/scope";
import { getApplication } from "@/lib/applications/queries";
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUS_TONES } from "@/lib/applications/labels";
import { formatSiret } from "@/lib/companies/siret";
import { formatDate, formatMoment, formatNumber } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Fact } from "@/components/ui/fact";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { AcceptApplicationForm, DeclineApplicationForm, RouteApplicationForm } from "@/components/applications/decision-forms";

export const metadata: Metadata = { title: "Candidature" };

type Props = { params: Promise<{ id: string }> };

const personLine = (first: string, last: string, jobTitle: string | null, email: string | null) =>
  [`${first} ${last}`, jobTitle, email].filter(Boolean).join(" · ");

export default async function ApplicationPage({ params }: Props) {
  const scope = await requireScope("application:read");
  const detail = await getApplication(scope, (await params).id);
  // Another Aract's application looks like one that does not exist.
  if (!detail) notFound();
  const { application: a, clusters, aracts, knownCompany } = detail;
  const ref = { applicationId: a.id, version: a.version };
  const pending = a.status === "PENDING";
  return (
    <>
      <nav aria-label="Retour" className="mb-4 text-sm">
        <Link href="/candidatures">← Candidatures</Link>
      </nav>
      <PageHeader title={a.companyName} lead={`Candidature reçue le ${formatMoment(a.createdAt)}.`}>
        <Badge tone={APPLICATION_STATUS_TONES[a.status]}>{APPLICATION_STATUS_LABELS[a.status]}</Badge>
      </PageHeader>
      <div className="grid gap-10 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-8">
          <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2">
            <Fact label="Candidature à">
              {a.cluster ? a.cluster.name : a.programme ? `Programme « ${a.programme.name} »` : "—"}
            </Fact>
            <Fact label="SIRET">{formatSiret(a.siret)}</Fact>
            <Fact label="Code NAF">{a.nafCode}</Fact>
            <Fact label="Effectif">{formatNumber(a.headcount)} salarié·es ou agents</Fact>
            <Fact label="Adresse">{[a.postalCode, a.city].filter(Boolean).join(" ")}</Fact>
            <Fact label="Consentement">donné le {formatDate(a.consentAt)}</Fact>
            <Fact label="Direction">{personLine(a.directionFirstName, a.directionLastName, a.directionJobTitle, a.directionEmail)}</Fact>
            <Fact label="Représentant·e du personnel">
              {personLine(a.staffFirstName, a.staffLastName, a.staffJobTitle, a.staffEmail)}
            </Fact>
          </dl>
          <section aria-labelledby="projet" className="space-y-2">
            <h2 id="projet" className="text-lg font-bold">
              Son projet
            </h2>
            <p className="whitespace-pre-line leading-relaxed">{a.project}</p>
          </section>
          {knownCompany && (
            <Notice title="Structure déjà suivie par l'Aract">
              Ce SIRET est celui de <strong>{knownCompany.name}</strong> ({formatNumber(knownCompany.headcount)} salarié·es) :
              acceptée, elle est inscrite avec sa fiche actuelle, que la candidature ne modifie pas.
            </Notice>
          )}
        </div>
        <div className="space-y-8">
          {a.status === "DECLINED" && (
            <Notice title="Candidature refusée">
              Le {a.decidedAt ? formatDate(a.decidedAt) : "—"}, avec ce motif envoyé à la structure : {a.declineReason}
            </Notice>
          )}
          {a.status === "ACCEPTED" && a.participationId && (
            <Notice tone="success" title="Candidature acceptée">
              La structure est inscrite et son binôme invité.{" "}
              {detail.acceptedInto && (
                <Link href={`/clusters/${detail.acceptedInto}/entreprises/${a.participationId}`}>Voir sa fiche</Link>
              )}
            </Notice>
          )}
          {pending && can(scope.role, "application:decide") && (
            <>
              <section aria-labelledby="accepter" className="space-y-3 rounded-sm border border-line bg-white p-5">
                <h2 id="accepter" className="text-lg font-bold">
                  Accepter
                </h2>
                {clusters.length ? (
                  <AcceptApplicationForm
                    application={ref}
                    clusters={clusters.map((cluster) => ({ value: cluster.id, label: cluster.name }))}
                    defaultClusterId={a.clusterId ?? (clusters.length === 1 ? clusters[0]!.id : "")}
                  />
                ) : (
                  <p>L'Aract n'a aucun cluster en recrutement ou en cours : créez-en un pour y inscrire la structure.</p>
                )}
              </section>
              <section aria-labelledby="refuser" className="space-y-3 rounded-sm border border-line bg-white p-5">
                <h2 id="refuser" className="text-lg font-bold">
                  Refuser
                </h2>
                <DeclineApplicationForm application={ref} />
              </section>
            </>
          )}
          {pending && can(scope.role, "application:route") && (
            <section aria-labelledby="confier" className="space-y-3 rounded-sm border border-line bg-white p-5">
              <h2 id="confier" className="text-lg font-bold">
                Confier à une Aract
              </h2>
              <p className="text-sm text-muted">Code postal {a.postalCode} : aucune Aract ne déclare couvrir ce département.</p>
              <RouteApplicationForm
                application={ref}
                aracts={aracts.map((aract) => ({
                  value: aract.id,
                  label: aract.departements.length ? `${aract.name} (${aract.departements.join(", ")})` : aract.name,
                }))}
              />
            </section>
          )}
        </div>
      </div>
    </>
  );
}
