import type { MyDiagnostic } from "@/lib/diagnostics/queries";
import { PAIR_SIDE_LABELS } from "@/lib/clusters/labels";
import { formatDate } from "@/lib/format/fr";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ProgressText } from "./progress-text";
import { ResponseStateBadge } from "./response-state-badge";

const ACTION = { NOT_STARTED: "Commencer", DRAFT: "Reprendre", SUBMITTED: "Voir ma réponse" } as const;

export const diagnosticsPath = (clusterId: string, templateId: string) => `/clusters/${clusterId}/diagnostics/${templateId}`;

/** A pair member's diagnostics in their cluster: their own progress, where the pair stands, the links. */
export function MyDiagnosticsList({ clusterId, diagnostics, headingLevel = 3 }: { clusterId: string; diagnostics: MyDiagnostic[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="space-y-4">
      {diagnostics.map((diagnostic) => {
        const base = diagnosticsPath(clusterId, diagnostic.templateId);
        return (
          <li key={diagnostic.templateId}>
            <Card title={diagnostic.title} headingLevel={headingLevel}>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span>Votre réponse :</span> <ResponseStateBadge state={diagnostic.mine.state} />
                {diagnostic.mine.submittedAt && <span className="text-muted">envoyée le {formatDate(diagnostic.mine.submittedAt)}</span>}
              </p>
              {diagnostic.mine.state !== "SUBMITTED" && (
                <div className="mt-2">
                  <ProgressText progress={diagnostic.mine.progress} />
                </div>
              )}
              <ul className="mt-3 space-y-1 text-sm" aria-label={`Le binôme : ${diagnostic.title}`}>
                {diagnostic.pair.map((member) => (
                  <li key={member.side} className="flex flex-wrap items-center gap-2">
                    <span>
                      {member.name}
                      {member.isMe && " (vous)"}, {PAIR_SIDE_LABELS[member.side].toLowerCase()} :
                    </span>
                    <ResponseStateBadge state={member.state} />
                  </li>
                ))}
              </ul>
              <div className="mt-4 flex flex-wrap items-center gap-3">
                <ButtonLink href={`${base}/repondre`} variant={diagnostic.mine.state === "SUBMITTED" ? "secondary" : "primary"}>
                  {ACTION[diagnostic.mine.state]}
                  <span className="sr-only"> : {diagnostic.title}</span>
                </ButtonLink>
                {diagnostic.comparisonReady ? (
                  <ButtonLink href={`${base}/comparaison/${diagnostic.participationId}`} variant="secondary">
                    Voir la comparaison<span className="sr-only"> : {diagnostic.title}</span>
                  </ButtonLink>
                ) : (
                  <p className="text-sm text-muted">La comparaison des deux regards s'affichera quand vous aurez envoyé vos deux réponses.</p>
                )}
              </div>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
