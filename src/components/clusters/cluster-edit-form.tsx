"use client";

import type { ClusterInput } from "@/lib/clusters/schemas";
import type { ProgrammeOption } from "@/lib/programmes/queries";
import type { PartnerOption } from "@/lib/partners/queries";
import { updateClusterAction } from "@/lib/clusters/actions";
import { ClusterForm } from "./cluster-form";

/** The cluster form bound to one version of one cluster: a stale save is refused by the server. */
export function ClusterEditForm({ id, version, ...props }: {
  id: string;
  version: number;
  defaultValues: ClusterInput;
  programmes: ProgrammeOption[];
  directory: PartnerOption[];
  staff: { id: string; name: string }[];
}) {
  return (
    <ClusterForm
      {...props}
      submitLabel="Enregistrer les modifications"
      save={(cluster) => updateClusterAction({ id, version, cluster })}
    />
  );
}
