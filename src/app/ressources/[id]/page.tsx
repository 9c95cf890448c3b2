import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isNational, requireScope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/policy";
import { getResource } from "@/lib/resources/queries";
import { KIND_LABELS } from "@/lib/resources/labels";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { formatDate } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { originOf, ResourceAccess } from "@/components/resources/resource-card";
import { DeleteResourceButton, EditResourceForm, FeatureResourceButton } from "@/components/resources/resource-actions";

export const metadata: Metadata = { title: "Ressource" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ publiee?: string }> };

export default async function ResourcePage({ params, searchParams }: Props) {
  const scope = await requireScope("resource:publish");
  const resource = await getResource(scope, (await params).id);
  if (!resource) notFound();
  const published = (await searchParams).publiee === "1";
  const featurable = can(scope.role, "resource:feature") && (resource.aractId === null || resource.sharedWithNetwork);
  return (
    <>
      <nav aria-label="Retour" className="mb-4 text-sm">
        <Link href="/ressources">← Ressources du réseau</Link>
      </nav>
      <PageHeader title={resource.title} lead={resource.summary ?? undefined} />
      <div className="space-y-6">
        {published && (
          <Notice tone="success" role="status" title="Ressource publiée">
            Les chargé·es de mission peuvent la joindre à leurs clusters et à leurs séances.
          </Notice>
        )}
        <Card title="La ressource" headingLevel={2}>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-bold">Nature</dt>
            <dd>{KIND_LABELS[resource.kind]}</dd>
            <dt className="font-bold">Thèmes</dt>
            <dd>{resource.themes.map((theme) => THEME_LABELS[theme]).join(", ")}</dd>
            <dt className="font-bold">Origine</dt>
            <dd>{originOf(resource)}</dd>
            <dt className="font-bold">Publiée</dt>
            <dd>
              le {formatDate(resource.createdAt)}
              {resource.author?.name ? ` par ${resource.author.name}` : ""}
            </dd>
            {resource.featuredAt && (
              <>
                <dt className="font-bold">À la une</dt>
                <dd>depuis le {formatDate(resource.featuredAt)}</dd>
              </>
            )}
          </dl>
          <p className="mt-4">
            <ResourceAccess resource={resource} />
          </p>
        </Card>
        {featurable && <FeatureResourceButton id={resource.id} featured={resource.featuredAt !== null} />}
        {resource.editable && (
          <Card title="Modifier la ressource" headingLevel={2}>
            <EditResourceForm
              canShare={!isNational(scope)}
              defaultValues={{
                id: resource.id,
                version: resource.version,
                title: resource.title,
                summary: resource.summary ?? "",
                themes: resource.themes,
                kind: resource.kind,
                shared: resource.sharedWithNetwork,
              }}
            />
            <div className="mt-6 border-t border-line pt-4">
              <DeleteResourceButton id={resource.id} attachments={resource.attachments} />
            </div>
          </Card>
        )}
      </div>
    </>
  );
}
