import { THEME_LABELS } from "@/lib/clusters/labels";
import { labelOptions } from "@/lib/format/fr";
import { FILTER_PARAMS, NO_PROGRAMME, NO_PROGRAMME_LABEL, SIZE_BAND_LABELS, type FilterOptions } from "@/lib/reports/filter-params";
import type { ReportFilters } from "@/lib/reports/filters";
import { NAF_SECTIONS } from "@/lib/reports/naf";
import { Button, ButtonLink } from "@/components/ui/button";
import { SelectField } from "@/components/forms/fields";

const named = (list: { id: string; name: string }[]) => list.map((item) => ({ value: item.id, label: item.name }));

/** A plain GET form: a filtered report lives in its URL, to bookmark or send to a colleague. */
export function ReportFilterForm({ path, filters, options }: { path: string; filters: ReportFilters; options: FilterOptions }) {
  const yearOptions = (years: number[]) => years.map((year) => ({ value: String(year), label: String(year) }));
  const years = yearOptions(options.years);
  const field = (key: keyof ReportFilters) => ({
    name: FILTER_PARAMS[key].param,
    id: `filtre-${FILTER_PARAMS[key].param}`,
    defaultValue: filters[key]?.toString() ?? "",
  });
  return (
    <form method="get" action={path} className="mb-8 grid gap-4 rounded-sm border border-line bg-white p-4 md:grid-cols-4">
      <SelectField {...field("from")} label={FILTER_PARAMS.from.label} placeholder="Toutes les années" options={years} />
      <SelectField {...field("to")} label={FILTER_PARAMS.to.label} placeholder="Toutes les années" options={years} />
      <SelectField
        {...field("running")}
        label={FILTER_PARAMS.running.label}
        placeholder="Toutes les années"
        options={yearOptions(options.runningYears)}
      />
      {options.aracts && <SelectField {...field("aract")} label="Aract" placeholder="Toutes" options={named(options.aracts)} />}
      <SelectField
        {...field("programme")}
        label="Programme"
        placeholder="Tous"
        options={[...named(options.programmes), { value: NO_PROGRAMME, label: NO_PROGRAMME_LABEL }]}
      />
      <SelectField {...field("theme")} label="Thème" placeholder="Tous" options={labelOptions(THEME_LABELS)} />
      <SelectField
        {...field("sector")}
        label="Secteur d'activité (NAF)"
        placeholder="Tous"
        options={NAF_SECTIONS.map((s) => ({ value: s.code, label: `${s.code} – ${s.label}` }))}
      />
      <SelectField {...field("size")} label="Taille d'entreprise" placeholder="Toutes" options={labelOptions(SIZE_BAND_LABELS)} />
      <div className="flex items-end gap-3 md:col-span-4">
        <Button type="submit">Appliquer les filtres</Button>
        <ButtonLink href={path} variant="tertiary">
          Effacer les filtres
        </ButtonLink>
      </div>
    </form>
  );
}
