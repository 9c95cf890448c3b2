import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getFollowUp } from "@/lib/follow-ups/queries";
import { answerProblem } from "@/lib/follow-ups/rules";
import { NO_OUTCOME, type FollowUpInput } from "@/lib/follow-ups/schemas";
import { outcomeFormValues } from "@/lib/outcomes/form-values";
import { toDay, todayInFrance } from "@/lib/dates/day";
import { formatDate } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { CompanyBackLink } from "@/components/companies/company-back-link";
import { Notice } from "@/components/ui/notice";
import { FollowUpStatus } from "@/components/follow-ups/follow-up-status";
import { FollowUpAnswers } from "@/components/follow-ups/follow-up-answers";
import { FollowUpForm } from "@/components/follow-ups/follow-up-form";
import { RescheduleFollowUpForm } from "@/components/follow-ups/reschedule-form";
import { can } from "@/lib/auth/policy";

export const metadata: Metadata = { title: "Suivi de l'entreprise" };

type Props = { params: Promise<{ id: string; participationId: string }>; searchParams: Promise<{ enregistre?: string }> };

/** A company's follow-up after the cluster: its state, and the questionnaire of the pair (or of the staff). */
export default async function FollowUpPage({ params, searchParams }: Props) {
  const { scope, cluster } = await requireClusterPage(params, "cluster:read");
  // The follow-up comes after the cluster: its date moves even once the cluster is evaluated.
  const canEdit = can(scope.role, "cluster:write");
  const { participationId } = await params;
  const followUp = await getFollowUp(scope, cluster.id, participationId);
  if (!followUp) notFound();
  const saved = (await searchParams).enregistre === "1" && followUp.submittedAt;
  const problem = answerProblem(toDay(followUp.dueOn), todayInFrance());
  const indicators = `/clusters/${cluster.id}/indicateurs/${participationId}?etape=suivi`;

  return (
    <div className="space-y-6">
      <CompanyBackLink
        memberView={scope.role === "COMPANY_MEMBER"}
        clusterId={cluster.id}
        participationId={participationId}
        companyName={followUp.companyName}
      />
      <div>
        <h2 className="text-2xl font-bold">Suivi : {followUp.companyName}</h2>
        <p className="mt-2 max-w-3xl text-muted">
          Quelques mois après la fin du cluster, ce qu'il est devenu : l'accord ou le plan d'action, les actions menées, ce
          qui a changé. Un membre du binôme suffit à répondre ; les réponses peuvent être complétées ensuite.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Où en est le suivi" headingLevel={3}>
          <FollowUpStatus followUp={followUp} />
          {canEdit && followUp.state === "scheduled" && followUp.messages.length === 0 && (
            <RescheduleFollowUpForm defaultValues={{ followUpId: followUp.id, dueOn: toDay(followUp.dueOn) }} />
          )}
        </Card>
        <Card title="Les indicateurs au suivi" headingLevel={3}>
          <p>
            {followUp.indicators
              ? `Saisis : chiffres du ${formatDate(followUp.indicators.measuredOn)}${followUp.indicators.source ? ` (${followUp.indicators.source})` : ""}.`
              : "Pas encore saisis."}
          </p>
          <p className="mt-3">
            <Link href={indicators}>
              {followUp.writable ? "Mettre à jour les indicateurs au suivi" : "Voir les indicateurs de l'entreprise"}
            </Link>{" "}
            : effectifs, absentéisme, accidents du travail…, comparés à l'entrée.
          </p>
        </Card>
      </div>
      <section aria-labelledby="questionnaire" className="space-y-4">
        <h3 id="questionnaire" className="text-xl font-bold">
          Le questionnaire
        </h3>
        {saved && (
          <Notice tone="success" role="status" title="Réponses enregistrées">
            Merci : l'Aract les retrouve dans le suivi de l'entreprise, et ses rapports comptent l'accord ou le plan à sa date.
          </Notice>
        )}
        {!followUp.writable ? (
          <FollowUpAnswers followUp={followUp} />
        ) : problem ? (
          <Notice title="Pas encore ouvert">{problem}</Notice>
        ) : (
          <FollowUpForm key={followUp.version} defaultValues={defaultsOf(followUp)} headcount={followUp.headcountAtEntry} answered={!!followUp.submittedAt} />
        )}
      </section>
    </div>
  );
}

function defaultsOf(followUp: NonNullable<Awaited<ReturnType<typeof getFollowUp>>>): FollowUpInput {
  return {
    followUpId: followUp.id,
    version: followUp.version,
    outcomes: followUp.cluster.themes.map((theme) => {
      const outcome = followUp.outcomes.find((o) => o.theme === theme);
      return outcome
        ? { theme, outcomeId: outcome.id, outcomeVersion: outcome.version, ...outcomeFormValues(outcome) }
        : { theme, kind: "ACCORD", status: NO_OUTCOME, signedAt: "", depositedAt: "", depositReference: "", domains: [] };
    }),
    actionsCarriedOut: followUp.answers.actionsCarriedOut ?? "",
    changes: followUp.answers.changes ?? "",
    satisfaction: (followUp.answers.satisfaction ? String(followUp.answers.satisfaction) : undefined) as FollowUpInput["satisfaction"],
  };
}
