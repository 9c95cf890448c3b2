import type { ClusterListQuery } from "@/lib/clusters/schemas";
import { CLUSTER_STATUS_LABELS, THEME_LABELS } from "@/lib/clusters/labels";
import { Button, ButtonLink } from "@/components/ui/button";

const selectClass = "mt-1 w-full rounded-t-sm border-0 border-b-2 border-ink bg-[#eeeeee] px-3 py-2";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function ClusterFilters({ query, programmes, years }: {
  query: ClusterListQuery;
  programmes: { id: string; name: string }[];
  years: number[];
}) {
  return (
    <form method="get" action="/clusters" className="mb-6 grid gap-4 rounded-sm border border-line bg-white p-4 md:grid-cols-6">
      <div className="md:col-span-2">
        <label htmlFor="q" className="block text-sm font-medium">
          Rechercher
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Nom, territoire, secteur" className={selectClass} />
      </div>
      <div>
        <label htmlFor="status" className="block text-sm font-medium">
          Étape
        </label>
        <select id="status" name="status" defaultValue={query.status ?? ""} className={selectClass}>
          <option value="">Toutes</option>
          {Object.entries(CLUSTER_STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="theme" className="block text-sm font-medium">
          Thème
        </label>
        <select id="theme" name="theme" defaultValue={query.theme ?? ""} className={selectClass}>
          <option value="">Tous</option>
          {Object.entries(THEME_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="programme" className="block text-sm font-medium">
          Programme
        </label>
        <select id="programme" name="programme" defaultValue={query.programme ?? ""} className={selectClass}>
          <option value="">Tous</option>
          {programmes.map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="year" className="block text-sm font-medium">
          Année
        </label>
        <select id="year" name="year" defaultValue={query.year ?? ""} className={selectClass}>
          <option value="">Toutes</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="flex items-end gap-3 md:col-span-6">
        <Button type="submit">Filtrer</Button>
        <ButtonLink href="/clusters" variant="tertiary">
          Effacer les filtres
        </ButtonLink>
      </div>
    </form>
  );
}
