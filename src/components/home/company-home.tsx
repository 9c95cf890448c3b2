import Link from "next/link";
import type { MyParticipation } from "@/lib/participations/queries";
import { PAIR_SIDE_LABELS, PARTICIPATION_STATUS_LABELS } from "@/lib/clusters/labels";
import { formatNumber, formatPeriod, plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { SessionLine } from "@/components/clusters/session-line";

export function CompanyHome({ participations }: { participations: MyParticipation[] }) {
  const first = participations[0];
  return (
    <>
      <PageHeader
        title={first ? first.company.name : "Mon entreprise"}
        lead="Votre participation aux actions collectives de l'Aract, avec votre binôme."
      />
      <div className="space-y-8">
        {participations.map((p) => (
          <div key={p.id} className="grid gap-4 lg:grid-cols-3">
            <Card title="Mon cluster" className="lg:col-span-2">
              <p className="text-lg">
                <Link href={`/clusters/${p.cluster.id}`}>{p.cluster.name}</Link>
              </p>
              <p className="mt-1 text-sm text-muted">
                {p.cluster.aractName} · {formatPeriod(p.cluster.startDate, p.cluster.endDate)} ·{" "}
                {plural(p.sessionCount, "séance collective", "séances collectives")}
              </p>
              <p className="mt-3">
                <Badge tone="info">{PARTICIPATION_STATUS_LABELS[p.status]}</Badge>
              </p>
              {p.project && (
                <p className="mt-3">
                  <span className="font-bold">Projet de l'entreprise : </span>
                  {p.project}
                </p>
              )}
              <h3 className="mt-6 font-bold">Prochaines séances</h3>
              {p.nextSessions.length ? (
                <ul className="mt-2 space-y-2 text-sm">
                  {p.nextSessions.map((session) => (
                    <li key={session.id}>
                      <SessionLine session={session} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm">Aucune séance à venir.</p>
              )}
            </Card>
            <Card title="Mon entreprise">
              <p className="font-medium">{p.company.name}</p>
              <p className="text-sm text-muted">
                {formatNumber(p.company.headcount)} salarié·es{p.company.city ? ` · ${p.company.city}` : ""}
              </p>
              <h3 className="mt-4 font-bold">Le binôme</h3>
              <ul className="mt-2 space-y-2 text-sm">
                {p.pair.map((member) => (
                  <li key={member.side}>
                    <span className="block font-medium">
                      {member.name}
                      {member.isMe && " (vous)"}
                    </span>
                    <span className="text-muted">
                      {PAIR_SIDE_LABELS[member.side]}
                      {member.jobTitle ? ` · ${member.jobTitle}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          </div>
        ))}
      </div>
    </>
  );
}
