import type { Metadata } from "next";
import { requireScope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/policy";
import { listPartnerOptions } from "@/lib/partners/queries";
import { listStaffOptions } from "@/lib/clusters/queries";
import { listProgrammeOptions } from "@/lib/programmes/queries";
import { createClusterAction } from "@/lib/clusters/actions";
import { PageHeader } from "@/components/ui/page-header";
import { ClusterForm } from "@/components/clusters/cluster-form";
import { EMPTY_CLUSTER } from "@/lib/clusters/schemas";

export const metadata: Metadata = { title: "Créer un cluster" };

export default async function NewClusterPage() {
  const scope = await requireScope("cluster:write");
  const [programmes, staff, directory] = await Promise.all([
    listProgrammeOptions(scope),
    listStaffOptions(scope),
    can(scope.role, "partner:read") ? listPartnerOptions(scope) : [],
  ]);
  return (
    <>
      <PageHeader title="Créer un cluster" lead="Il naît en brouillon : vous ouvrirez le recrutement quand il sera prêt." />
      <ClusterForm
        defaultValues={{ ...EMPTY_CLUSTER, staffUserIds: [scope.userId] }}
        programmes={programmes}
        directory={directory}
        staff={staff}
        submitLabel="Créer le cluster"
        save={createClusterAction}
      />
    </>
  );
}
