import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { can } from "@/lib/auth/policy";
import { listPartnerOptions } from "@/lib/partners/queries";
import { getClusterForEdit, listStaffOptions } from "@/lib/clusters/queries";
import { listProgrammeOptions } from "@/lib/programmes/queries";
import { ClusterEditForm } from "@/components/clusters/cluster-edit-form";

export const metadata: Metadata = { title: "Modifier le cluster" };

type Props = { params: Promise<{ id: string }> };

export default async function EditClusterPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:write");
  if (!canEdit) notFound();
  const [edit, programmes, staff] = await Promise.all([
    getClusterForEdit(scope, cluster.id),
    listProgrammeOptions(scope),
    listStaffOptions(scope),
  ]);
  if (!edit) notFound();
  // The directory's current entries, and the archived ones this cluster already has.
  const picked = edit.values.partners.flatMap((p) => (p.partnerId ? [p.partnerId] : []));
  const directory = can(scope.role, "partner:read") ? await listPartnerOptions(scope, picked) : [];
  return (
    <>
      <h2 className="mb-6 text-2xl font-bold">Modifier le cluster</h2>
      <ClusterEditForm id={edit.id} version={edit.version} defaultValues={edit.values} programmes={programmes} directory={directory} staff={staff} />
    </>
  );
}
