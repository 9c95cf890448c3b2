import Link from "next/link";
import type { MyParticipation } from "@/lib/participations/mine/queries";
import { PARTICIPATION_STATUS_LABELS } from "@/lib/clusters/labels";
import { formatDate, formatNumber, formatPeriod, plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { SessionList } from "@/components/clusters/session-list";
import { CompanyDiagnosticsProgress } from "@/components/diagnostics/company-diagnostics-progress";
import { ActionPlanProgress } from "@/components/action-plans/action-plan-progress";
import type { MyDiagnostic } from "@/lib/diagnostics/queries";
import type { PlanProgress } from "@/lib/action-plans/rules";
import { OUTCOME_KIND_LABELS, outcomeStatusLabel } from "@/lib/outcomes/rules";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { toDay, todayInFrance } from "@/lib/dates/day";

const FINISHED = new Set(["CLOSED", "EVALUATED"]);

/** What the pair's home shows beyond the participation itself, per participation. */
export type ParticipationFollowUp = { diagnostics: MyDiagnostic[]; plan: PlanProgress | null };

function ParticipationCard({ participation: p, followUp }: { participation: MyParticipation; followUp?: ParticipationFollowUp }) {
  const finished = FINISHED.has(p.cluster.status);
  return (
    <Card title={<Link href={`/clusters/${p.cluster.id}`}>{p.cluster.name}</Link>}>
      <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
        <Badge tone={finished ? "neutral" : "info"}>{PARTICIPATION_STATUS_LABELS[p.status]}</Badge>
        <span>
          {p.cluster.aractName} · {formatPeriod(p.cluster.startDate, p.cluster.endDate)} ·{" "}
          {plural(p.sessionCount, "séance collective", "séances collectives")}
        </span>
      </p>
      {p.project && (
        <p className="mt-3">
          <span className="font-bold">Projet de l'entreprise : </span>
          {p.project}
        </p>
      )}
      <SteeringCommittee participation={p} />
      <FollowUpLine participation={p} />
      <p className="mt-5">
        <Link href={`/clusters/${p.cluster.id}/indicateurs/${p.id}`}>Les indicateurs de l'entreprise</Link> : effectifs,
        absentéisme, accidents du travail… à l'entrée, à la fin du cluster et au suivi.
      </p>
      <p className="mt-2">
        <Link href={`/clusters/${p.cluster.id}/ressources`}>Les ressources du cluster</Link> : guides, outils et supports de
        séance de l'Aract.
      </p>
      {p.outcomes.length > 0 && (
        <>
          <h3 className="mt-5 font-bold">Résultat</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {p.outcomes.map((outcome) => (
              <li key={outcome.id}>
                {OUTCOME_KIND_LABELS[outcome.kind]} {THEME_LABELS[outcome.theme].toLowerCase()} :{" "}
                {outcomeStatusLabel(outcome.kind, outcome.status).toLowerCase()}
                {outcome.signedAt && ` (${outcome.kind === "ACCORD" ? "signé" : "adopté"} le ${formatDate(outcome.signedAt)})`}
                {outcome.depositedAt && `, déposé le ${formatDate(outcome.depositedAt)}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {!finished && (
        <>
          <h3 className="mt-5 font-bold">
            <Link href={`/clusters/${p.cluster.id}/diagnostics`}>Mes diagnostics</Link>
          </h3>
          <CompanyDiagnosticsProgress clusterId={p.cluster.id} diagnostics={followUp?.diagnostics ?? []} />
          {followUp?.plan && (
            <div className="mt-5">
              <ActionPlanProgress progress={followUp.plan} href={`/clusters/${p.cluster.id}/plans/${p.id}`} />
            </div>
          )}
          <h3 className="mt-5 font-bold">Prochaines séances</h3>
          <SessionList sessions={p.nextSessions} empty="Aucune séance à venir pour l'instant." className="mt-2" />
        </>
      )}
    </Card>
  );
}

export function CompanyHome({ participations, followUps }: {
  participations: MyParticipation[];
  followUps: Record<string, ParticipationFollowUp>;
}) {
  const current = participations.filter((p) => !FINISHED.has(p.cluster.status));
  const past = participations.filter((p) => FINISHED.has(p.cluster.status));
  const company = participations[0];
  return (
    <>
      <PageHeader
        title={company ? company.company.name : "Mon entreprise"}
        lead="Votre participation aux actions collectives de l'Aract, avec votre binôme."
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="clusters-en-cours" className="space-y-4">
            <h2 id="clusters-en-cours" className="text-xl font-bold">
              Mon cluster en cours
            </h2>
            {current.length ? (
              current.map((p) => <ParticipationCard key={p.id} participation={p} followUp={followUps[p.id]} />)
            ) : (
              <p>Votre entreprise ne participe à aucun cluster en cours.</p>
            )}
          </section>
          {past.length > 0 && (
            <section aria-labelledby="clusters-passes" className="space-y-4">
              <h2 id="clusters-passes" className="text-xl font-bold">
                Clusters précédents
              </h2>
              {past.map((p) => (
                <ParticipationCard key={p.id} participation={p} followUp={followUps[p.id]} />
              ))}
            </section>
          )}
        </div>
        {company && (
          <Card title="Mon entreprise" className="self-start">
            <p className="font-medium">{company.company.name}</p>
            <p className="text-sm text-muted">
              {formatNumber(company.company.headcount)} salarié·es
              {company.company.city ? ` · ${company.company.city}` : ""}
            </p>
            <SeatedPeople title="Le binôme" people={company.people.filter((person) => person.inPair)} />
            <SeatedPeople title="Les autres membres" people={company.people.filter((person) => !person.inPair)} />
          </Card>
        )}
      </div>
    </>
  );
}

function SeatedPeople({ title, people }: { title: string; people: MyParticipation["people"] }) {
  if (people.length === 0) return null;
  return (
    <>
      <h3 className="mt-4 font-bold">{title}</h3>
      <ul className="mt-2 space-y-2 text-sm">
        {people.map((person) => (
          <li key={person.id}>
            <span className="block font-medium">
              {person.name}
              {person.isMe && " (vous)"}
            </span>
            <span className="text-muted">
              {person.label}
              {person.jobTitle ? ` · ${person.jobTitle}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The company's steering committee as its members read it: who sits on it, and when it met. */
function SteeringCommittee({ participation: p }: { participation: MyParticipation }) {
  const members = p.people.filter((person) => person.steering);
  if (members.length === 0 && p.steeringMeetings.length === 0) return null;
  return (
    <>
      <h3 className="mt-5 font-bold">Comité de pilotage</h3>
      {members.length > 0 && (
        <p className="mt-1 text-sm">{members.map((person) => `${person.name} (${person.label})`).join(", ")}</p>
      )}
      {p.steeringMeetings.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm">
          {p.steeringMeetings.map((meeting) => (
            <li key={meeting.id}>
              Réunion du {formatDate(meeting.date)}
              {meeting.note && ` : ${meeting.note}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The follow-up's questionnaire, once open: the e-mail's link leads here too. */
function FollowUpLine({ participation: p }: { participation: MyParticipation }) {
  if (!p.followUp || toDay(p.followUp.dueOn) > todayInFrance()) return null;
  return (
    <p className="mt-5">
      <Link href={`/clusters/${p.cluster.id}/suivi/${p.id}`}>Le questionnaire de suivi</Link>
      {p.followUp.submittedAt
        ? ` : répondu le ${formatDate(p.followUp.submittedAt)} ; vos réponses peuvent être complétées.`
        : " : où en est votre accord ou votre plan, ce que le cluster a changé. Il attend votre réponse."}
    </p>
  );
}
