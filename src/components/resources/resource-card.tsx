import Link from "next/link";
import type { ResourceCard as Card } from "@/lib/resources/queries";
import { KIND_LABELS } from "@/lib/resources/labels";
import { formatFileSize } from "@/lib/resources/files";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { formatDate } from "@/lib/format/fr";
import { Badge } from "@/components/ui/badge";

/** Where a resource comes from, in words. */
export function originOf(resource: Pick<Card, "aract" | "sharedWithNetwork">): string {
  if (!resource.aract) return "Anact";
  return resource.sharedWithNetwork ? `${resource.aract.name} · partagée avec le réseau` : resource.aract.name;
}

/** The way to a resource: its file to download, or its link. */
export function ResourceAccess({ resource }: { resource: Card }) {
  if (resource.fileName) {
    return (
      <a href={`/ressources/${resource.id}/fichier`} download>
        Télécharger <span className="sr-only">{resource.title}</span> ({resource.fileName}, {formatFileSize(resource.fileSize ?? 0)})
      </a>
    );
  }
  if (resource.url) {
    return (
      <a href={resource.url} rel="noopener noreferrer" target="_blank">
        Ouvrir le lien <span className="sr-only">{`vers ${resource.title} (nouvel onglet)`}</span>
      </a>
    );
  }
  return null;
}

/** A resource in a list: what it is, for which themes, from whom, and the way to it. */
export function ResourceItem({ resource, href }: { resource: Card; href?: string }) {
  return (
    <article className="rounded-sm border border-line bg-white p-4" aria-labelledby={`resource-${resource.id}`}>
      <p className="flex flex-wrap items-center gap-2 text-xs">
        <Badge tone="info">{KIND_LABELS[resource.kind]}</Badge>
        {resource.featuredAt && <Badge tone="success">À la une</Badge>}
        <span className="text-muted">
          {originOf(resource)} · {formatDate(resource.createdAt)}
        </span>
      </p>
      <h3 id={`resource-${resource.id}`} className="mt-2 font-bold">
        {href ? <Link href={href}>{resource.title}</Link> : resource.title}
      </h3>
      {resource.summary && <p className="mt-1 text-sm">{resource.summary}</p>}
      <p className="mt-2 text-sm text-muted">{resource.themes.map((theme) => THEME_LABELS[theme]).join(", ")}</p>
      <p className="mt-2 text-sm">
        <ResourceAccess resource={resource} />
      </p>
    </article>
  );
}
