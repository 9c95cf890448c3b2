import type { Metadata } from "next";
import { requireScope } from "@/lib/auth/scope";
import { listResources } from "@/lib/resources/queries";
import { parseLibraryFilters, type LibraryParams } from "@/lib/resources/filters";
import { KIND_LABELS, ORIGINS } from "@/lib/resources/labels";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { labelOptions, plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink, Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { SelectField, TextField } from "@/components/forms/fields";
import { ResourceItem } from "@/components/resources/resource-card";

export const metadata: Metadata = { title: "Ressources du réseau" };

type Props = { searchParams: Promise<LibraryParams> };

/** The network's methods and tools: searched and filtered by theme, kind and origin, in the URL. */
export default async function LibraryPage({ searchParams }: Props) {
  const scope = await requireScope("resource:publish");
  const params = await searchParams;
  const filters = parseLibraryFilters(params);
  const { total, resources, pages } = await listResources(scope, filters);
  const origins = Object.entries(ORIGINS).filter(([key]) => !(key === "aract" && scope.aractId === null));
  const kept = { q: filters.q, theme: filters.theme, nature: filters.kind, origine: filters.origin };

  return (
    <>
      <PageHeader
        title="Ressources du réseau"
        lead="Les méthodes et outils de l'Anact et des Aracts : guides, fiches, outils de diagnostic, supports de séance, vidéos et témoignages."
      >
        <ButtonLink href="/ressources/nouvelle">Publier une ressource</ButtonLink>
      </PageHeader>
      <form method="get" role="search" aria-label="Rechercher une ressource" className="mb-6 grid gap-4 rounded-sm border border-line bg-white p-4 md:grid-cols-5">
        <div className="md:col-span-2">
          <TextField label="Mots du titre ou du résumé" name="q" id="q" type="search" defaultValue={filters.q ?? ""} />
        </div>
        <SelectField label="Thème" name="theme" id="theme" placeholder="Tous" defaultValue={filters.theme ?? ""} options={labelOptions(THEME_LABELS)} />
        <SelectField label="Nature" name="nature" id="nature" placeholder="Toutes" defaultValue={filters.kind ?? ""} options={labelOptions(KIND_LABELS)} />
        <SelectField
          label="Origine"
          name="origine"
          id="origine"
          placeholder="Toutes"
          defaultValue={filters.origin ?? ""}
          options={origins.map(([value, label]) => ({ value, label }))}
        />
        <div className="md:col-span-5">
          <Button type="submit" variant="secondary">
            Rechercher
          </Button>
        </div>
      </form>
      <p className="mb-4 text-sm text-muted" role="status">
        {plural(total, "ressource")}
        {filters.page > 1 ? `, page ${filters.page}` : ""} ; celles mises en avant par l'Anact d'abord, puis les plus récentes.
      </p>
      {resources.length === 0 ? (
        <p>Aucune ressource ne correspond à cette recherche.</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {resources.map((resource) => (
            <ResourceItem key={resource.id} resource={resource} href={`/ressources/${resource.id}`} />
          ))}
        </div>
      )}
      <Pagination page={filters.page} pageCount={pages} params={kept} path="/ressources" />
    </>
  );
}
