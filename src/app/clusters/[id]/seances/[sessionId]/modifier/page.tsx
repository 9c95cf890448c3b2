import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { toDay } from "@/lib/dates/day";
import { formatDate } from "@/lib/format/fr";
import { getSession } from "@/lib/sessions/queries";
import { Notice } from "@/components/ui/notice";
import { SessionForm } from "@/components/sessions/session-form";

type Props = { params: Promise<{ id: string; sessionId: string }> };

export const metadata: Metadata = { title: "Modifier une séance" };

export default async function EditSessionPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "session:write");
  const { sessionId } = await params;
  const session = await getSession(scope, cluster.id, sessionId);
  if (!session) notFound();
  const refusal = !canEdit
    ? "Ce cluster est évalué : ses séances ne peuvent plus être modifiées."
    : session.cancelled
      ? "Cette séance est annulée : elle ne peut plus être modifiée."
      : null;
  return (
    <div className="space-y-6">
      <h2 className="text-2xl font-bold">Modifier la séance « {session.title} »</h2>
      {refusal ? (
        <Notice tone="warning">{refusal}</Notice>
      ) : (
        <SessionForm
          clusterId={cluster.id}
          session={{
            id: session.id,
            values: {
              title: session.title,
              date: session.day,
              slot: session.slot,
              startTime: session.startTime ?? "",
              endTime: session.endTime ?? "",
              place: session.place,
              videoUrl: session.videoUrl ?? "",
              agenda: session.agenda ?? "",
            },
          }}
          period={{ start: toDay(cluster.startDate), end: toDay(cluster.endDate) }}
          periodHint={`Entre le ${formatDate(cluster.startDate)} et le ${formatDate(cluster.endDate)}, période du cluster.`}
        />
      )}
    </div>
  );
}
