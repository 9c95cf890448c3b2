import type { Metadata } from "next";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { listAttachableResources, listClusterResources } from "@/lib/resources/queries";
import { listSessionOptions } from "@/lib/sessions/queries";
import { formatDate } from "@/lib/format/fr";
import { ResourceItem } from "@/components/resources/resource-card";
import { AttachResourceForm } from "@/components/resources/attach-resource-form";
import { DetachResourceButton } from "@/components/resources/detach-resource-button";

export const metadata: Metadata = { title: "Ressources du cluster" };

type Props = { params: Promise<{ id: string }> };

/** The cluster's resources and its sessions' supports: read and downloaded by its companies' members. */
export default async function ClusterResourcesPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "resource:read");
  const [resources, attachable, sessions] = await Promise.all([
    listClusterResources(scope, cluster.id),
    canEdit ? listAttachableResources(scope) : Promise.resolve([]),
    canEdit ? listSessionOptions(scope, cluster.id) : Promise.resolve([]),
  ]);
  const empty = resources.cluster.length === 0 && resources.sessions.length === 0;
  return (
    <div className="space-y-8">
      <div>
        <h2 className="text-2xl font-bold">Ressources</h2>
        <p className="mt-2 max-w-3xl text-muted">
          Les méthodes, outils et supports de séance que l'Aract met à disposition des entreprises du cluster.
        </p>
      </div>
      {canEdit && (
        <section aria-labelledby="joindre" className="space-y-3">
          <h3 id="joindre" className="text-xl font-bold">
            Joindre une ressource
          </h3>
          <AttachResourceForm clusterId={cluster.id} resources={attachable} sessions={sessions} />
        </section>
      )}
      {empty && <p>Aucune ressource jointe à ce cluster pour l'instant.</p>}
      {resources.cluster.length > 0 && (
        <section aria-labelledby="du-cluster" className="space-y-3">
          <h3 id="du-cluster" className="text-xl font-bold">
            Pour tout le cluster
          </h3>
          <div className="grid gap-4 md:grid-cols-2">
            {resources.cluster.map((resource) => (
              <div key={resource.id} className="space-y-2">
                <ResourceItem resource={resource} />
                {canEdit && <DetachResourceButton clusterId={cluster.id} resource={resource} />}
              </div>
            ))}
          </div>
        </section>
      )}
      {resources.sessions.map((session) => (
        <section key={session.id} aria-labelledby={`seance-${session.id}`} className="space-y-3">
          <h3 id={`seance-${session.id}`} className="text-xl font-bold">
            Supports de la séance « {session.title} » du {formatDate(session.date)}
          </h3>
          <div className="grid gap-4 md:grid-cols-2">
            {session.resources.map((resource) => (
              <div key={resource.id} className="space-y-2">
                <ResourceItem resource={resource} />
                {canEdit && <DetachResourceButton clusterId={cluster.id} sessionId={session.id} resource={resource} />}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
