import type { Metadata } from "next";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { toDay } from "@/lib/dates/day";
import { formatDate } from "@/lib/format/fr";
import { Notice } from "@/components/ui/notice";
import { SessionForm } from "@/components/sessions/session-form";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Planifier une séance" };

export default async function NewSessionPage({ params }: Props) {
  const { cluster, canEdit } = await requireClusterPage(params, "session:write");
  return (
    <div className="space-y-6">
      <h2 className="text-2xl font-bold">Planifier une séance collective</h2>
      {canEdit ? (
        <SessionForm
          clusterId={cluster.id}
          period={{ start: toDay(cluster.startDate), end: toDay(cluster.endDate) }}
          periodHint={`Entre le ${formatDate(cluster.startDate)} et le ${formatDate(cluster.endDate)}, période du cluster.`}
        />
      ) : (
        <Notice tone="warning">Ce cluster est évalué : on ne peut plus y planifier de séance.</Notice>
      )}
    </div>
  );
}
