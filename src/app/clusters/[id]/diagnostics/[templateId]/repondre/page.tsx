import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { isOpen } from "@/lib/clusters/rules";
import { getOwnResponse } from "@/lib/diagnostics/queries";
import { formatDate } from "@/lib/format/fr";
import { Notice } from "@/components/ui/notice";
import { ButtonLink } from "@/components/ui/button";
import { DiagnosticForm } from "@/components/diagnostics/diagnostic-form";
import { ResponseView } from "@/components/diagnostics/response-view";
import { UnsentAnswersNotice } from "@/components/diagnostics/unsent-answers-notice";

export const metadata: Metadata = { title: "Ma réponse au diagnostic" };

type Props = { params: Promise<{ id: string; templateId: string }> };

export default async function AnswerDiagnosticPage({ params }: Props) {
  const { scope, cluster } = await requireClusterPage(params, "diagnostic:answer");
  const { templateId } = await params;
  const own = await getOwnResponse(scope, cluster.id, templateId);
  if (!own) notFound();
  const { response } = own;
  const submitted = response?.status === "SUBMITTED";
  const editable = !submitted && isOpen(cluster.status) && !own.withdrawn;
  const comparisonHref = `/clusters/${cluster.id}/diagnostics/${templateId}/comparaison/${own.participationId}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/clusters/${cluster.id}/diagnostics`}>← Tous les diagnostics</Link>
      </p>
      <h2 className="text-2xl font-bold">{own.template.title}</h2>
      <p className="mb-6 mt-2 max-w-3xl text-muted">
        Votre réponse, {own.side ? `côté ${own.role.toLowerCase()}` : `en tant que « ${own.role} »`}. Répondez pour
        l'entreprise telle que vous la voyez : jusqu'à son envoi, votre réponse n'est visible que de vous.
      </p>
      {editable && response?.reopenedAt && (
        <div className="mb-6">
          <Notice title="Votre réponse a été rouverte">
            L'Aract a rouvert votre réponse le {formatDate(response.reopenedAt)} : modifiez ce qui doit l'être, puis envoyez-la de
            nouveau.
          </Notice>
        </div>
      )}
      {editable ? (
        <DiagnosticForm
          clusterId={cluster.id}
          templateId={templateId}
          draftKey={own.draftKey}
          sections={own.sections}
          initial={Object.fromEntries(Object.entries(own.answers).map(([id, a]) => [id, { value: a.value, version: a.version }]))}
          response={response && { id: response.id, version: response.version }}
        />
      ) : (
        <div className="space-y-6">
          <UnsentAnswersNotice draftKey={own.draftKey} questions={own.sections.flatMap((section) => section.questions)} />
          <Notice tone={submitted ? "success" : "info"} title={submitted ? "Réponse envoyée" : "Réponse en lecture seule"}>
            {submitted && response?.submittedAt ? (
              <p>
                Vous avez envoyé votre réponse le {formatDate(response.submittedAt)}. Elle ne peut plus être modifiée ; si besoin,
                demandez au ou à la chargé·e de mission de la rouvrir.
              </p>
            ) : (
              <p>Ce diagnostic ne peut plus être modifié : {own.withdrawn ? "votre entreprise s'est retirée du cluster." : "le cluster est évalué."}</p>
            )}
            {submitted &&
              (own.otherSubmitted ? (
                <p className="mt-3">
                  <ButtonLink href={comparisonHref}>
                    {own.side ? "Voir la comparaison de vos deux regards" : "Voir la comparaison des regards"}
                  </ButtonLink>
                </p>
              ) : (
                <p className="mt-2">
                  {own.side
                    ? "La comparaison s'affichera dès que l'autre membre de votre binôme aura envoyé sa réponse."
                    : "La comparaison s'affichera dès que les deux membres du binôme auront envoyé leur réponse."}
                </p>
              ))}
          </Notice>
          <ResponseView sections={own.sections} answers={own.answers} />
        </div>
      )}
    </>
  );
}
