import type { ClusterListQuery } from "@/lib/clusters/schemas";
import { CLUSTER_STATUS_LABELS, THEME_LABELS } from "@/lib/clusters/labels";
import { Button, ButtonLink } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/forms/fields";
import { labelOptions } from "@/lib/format/fr";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function ClusterFilters({ query, programmes, years }: {
  query: ClusterListQuery;
  programmes: { id: string; name: string }[];
  years: number[];
}) {
  const yearOptions = years.map((year) => ({ value: String(year), label: String(year) }));
  return (
    <form method="get" action="/clusters" className="mb-6 grid gap-4 rounded-sm border border-line bg-white p-4 md:grid-cols-4">
      <div className="md:col-span-2">
        <TextField name="q" type="search" label="Rechercher" defaultValue={query.q ?? ""} placeholder="Nom, territoire, secteur" />
      </div>
      <SelectField name="status" label="Étape" defaultValue={query.status ?? ""} placeholder="Toutes" options={labelOptions(CLUSTER_STATUS_LABELS)} />
      <SelectField name="theme" label="Thème" defaultValue={query.theme ?? ""} placeholder="Tous" options={labelOptions(THEME_LABELS)} />
      <SelectField
        name="programme"
        label="Programme"
        defaultValue={query.programme ?? ""}
        placeholder="Tous"
        options={programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
      />
      <SelectField
        name="year"
        label="En cours pendant l'année"
        defaultValue={query.year?.toString() ?? ""}
        placeholder="Toutes"
        options={yearOptions}
      />
      <SelectField
        name="started"
        label="Démarrés en"
        defaultValue={query.started?.toString() ?? ""}
        placeholder="Toutes"
        options={yearOptions}
      />
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="flex items-end gap-3 md:col-span-4">
        <Button type="submit">Filtrer</Button>
        <ButtonLink href="/clusters" variant="tertiary">
          Effacer les filtres
        </ButtonLink>
      </div>
    </form>
  );
}
