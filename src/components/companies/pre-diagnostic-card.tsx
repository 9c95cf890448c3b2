import type { ParticipationDetail } from "@/lib/participations/queries";
import { toDay } from "@/lib/dates/day";
import { formatDate } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { PreDiagnosticForm } from "./pre-diagnostic-form";
import { Disclosure } from "./disclosure";

/** The half-day assessment before the cluster, and the project the company chose after it. */
export function PreDiagnosticCard({ detail, canEdit, bounds }: {
  detail: ParticipationDetail;
  canEdit: boolean;
  bounds: { min: string; max: string };
}) {
  const pre = detail.preDiagnostic;
  return (
    <div id="pre-diagnostic" className="scroll-mt-4">
      <Card title="Pré-diagnostic" headingLevel={3}>
        {pre ? (
          <dl className="space-y-3">
            <div>
              <dt className="text-sm text-muted">Date</dt>
              <dd className="font-medium">{formatDate(pre.date)}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Constats</dt>
              <dd className="whitespace-pre-line">{pre.findings}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Projet choisi</dt>
              <dd>{pre.chosenProject ?? "aucun pour l'instant"}</dd>
            </div>
          </dl>
        ) : (
          <p className="text-sm">Pas encore de pré-diagnostic enregistré.</p>
        )}
        {canEdit && (
          <div className="mt-5 border-t border-line pt-4">
            <Disclosure
              id="prediagnostic-form"
              label={pre ? "Modifier le pré-diagnostic" : "Saisir le pré-diagnostic"}
              initiallyOpen={!pre}
            >
              <PreDiagnosticForm
                exists={Boolean(pre)}
                bounds={bounds}
                defaultValues={{
                  participationId: detail.id,
                  date: pre ? toDay(pre.date) : "",
                  findings: pre?.findings ?? "",
                  chosenProject: pre?.chosenProject ?? "",
                }}
              />
            </Disclosure>
          </div>
        )}
      </Card>
    </div>
  );
}
