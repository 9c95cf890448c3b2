import type { ReactNode } from "react";
import type { ActionView } from "@/lib/action-plans/queries";
import { ACTION_STATUS_LABELS } from "@/lib/action-plans/rules";
import { parseDay } from "@/lib/dates/day";
import { formatDate } from "@/lib/format/fr";
import { Badge } from "@/components/ui/badge";

const TONES = { PLANNED: "neutral", IN_PROGRESS: "info", DONE: "success", DROPPED: "warning" } as const;

/** One action of the plan as everyone reads it; `controls` are the editors' buttons. */
export function ActionCard({ action, number, controls }: { action: ActionView; number: number; controls?: ReactNode }) {
  return (
    <article className="rounded-sm border border-line bg-white p-4" aria-labelledby={`action-${action.id}-title`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h4 id={`action-${action.id}-title`} className="font-bold">
          <span className="text-muted">Action {number} : </span>
          {action.objective}
        </h4>
        <Badge tone={TONES[action.status]}>{ACTION_STATUS_LABELS[action.status]}</Badge>
      </div>
      <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-muted">Domaine</dt>
          <dd>{action.domainLabel}</dd>
        </div>
        <div>
          <dt className="text-muted">Porteur</dt>
          <dd>{action.owner}</dd>
        </div>
        <div>
          <dt className="text-muted">Échéance</dt>
          <dd>{action.dueDate ? formatDate(parseDay(action.dueDate)) : "non fixée"}</dd>
        </div>
        <div>
          <dt className="text-muted">Indicateur</dt>
          <dd>{action.indicator ?? "non défini"}</dd>
        </div>
      </dl>
      {controls}
    </article>
  );
}
