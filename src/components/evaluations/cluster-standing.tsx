import type { ClusterStatus } from "@/generated/prisma/enums";
import { MOVE_LABELS } from "@/lib/clusters/rules";
import { plural } from "@/lib/format/fr";
import { Notice } from "@/components/ui/notice";

/** Where the cluster stands on its way to "evaluated", and what the chargé·e de mission does next. */
export function ClusterStanding({
  status,
  hasClusterEvaluation,
  evaluated,
  companies,
  canEdit,
}: {
  status: ClusterStatus;
  hasClusterEvaluation: boolean;
  evaluated: number;
  companies: number;
  canEdit: boolean;
}) {
  const count = `${plural(evaluated, "entreprise évaluée", "entreprises évaluées")} sur ${companies}.`;
  const button = (label: string) => (canEdit ? ` (bouton « ${label} » en haut de la page)` : "");
  if (status === "EVALUATED") {
    return (
      <Notice title="Cluster évalué">
        C'est sa dernière étape : les évaluations ne sont plus modifiables. {count}
      </Notice>
    );
  }
  if (status === "DRAFT" || status === "RECRUITING") {
    return <Notice title="Cluster pas encore démarré">L'évaluation s'enregistre une fois le cluster en cours.</Notice>;
  }
  if (hasClusterEvaluation && status === "CLOSED") {
    return (
      <Notice tone="success" title="Le cluster peut être déclaré évalué">
        L'évaluation du cluster est enregistrée : il peut maintenant être déclaré évalué{button(MOVE_LABELS.EVALUATED)}.
        Ses évaluations ne seront alors plus modifiables. {count}
      </Notice>
    );
  }
  if (status === "CLOSED") {
    return (
      <Notice title="Cluster clôturé">
        Enregistrez l'évaluation du cluster : il pourra ensuite être déclaré évalué. {count}
      </Notice>
    );
  }
  return (
    <Notice title="Cluster en cours">
      Les entreprises s'évaluent au fil de la fin de leur parcours. Une fois les séances terminées, le cluster est
      clôturé{button(MOVE_LABELS.CLOSED)}, puis déclaré évalué quand l'évaluation du cluster est enregistrée
      {hasClusterEvaluation ? " (c'est fait)" : ""}. {count}
    </Notice>
  );
}
