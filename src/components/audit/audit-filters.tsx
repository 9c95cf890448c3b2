import { actionLabel, entityLabel, SYSTEM_ACTOR } from "@/lib/audit/labels";
import {
  AUDIT_FILTER_PARAMS,
  SYSTEM_ACTOR_VALUE,
  type AuditFilterOptions,
  type AuditFilters,
} from "@/lib/audit/schemas";
import { Button, ButtonLink } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/forms/fields";

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "fr");

/** A plain GET form: a filtered journal lives in its URL, to bookmark or send. */
export function AuditFilterForm({
  path,
  filters,
  options,
}: {
  path: string;
  filters: AuditFilters;
  options: AuditFilterOptions;
}) {
  const field = (key: keyof AuditFilters) => ({
    name: AUDIT_FILTER_PARAMS[key].param,
    id: `filtre-${AUDIT_FILTER_PARAMS[key].param}`,
    defaultValue: filters[key] ?? "",
  });
  const people = [
    ...options.people.map((person) => ({ value: person.id, label: person.name })),
    ...(options.system ? [{ value: SYSTEM_ACTOR_VALUE, label: SYSTEM_ACTOR }] : []),
  ];
  const kinds = options.entityTypes.map((type) => ({ value: type, label: entityLabel(type) })).sort(byLabel);
  const actions = options.actions.map((action) => ({ value: action, label: actionLabel(action) })).sort(byLabel);
  return (
    <form
      method="get"
      action={path}
      className="mb-6 grid gap-4 rounded-sm border border-line bg-white p-4 md:grid-cols-3"
    >
      {options.aracts && (
        <SelectField
          {...field("aract")}
          label="Aract"
          placeholder="Toutes"
          options={options.aracts.map((a) => ({ value: a.id, label: a.name }))}
        />
      )}
      <SelectField {...field("actor")} label="Personne" placeholder="Toutes" options={people} />
      <SelectField {...field("entityType")} label="Type d'enregistrement" placeholder="Tous" options={kinds} />
      <SelectField {...field("action")} label="Action" placeholder="Toutes" options={actions} />
      <TextField {...field("from")} type="date" label="Du" hint="Premier jour inclus" />
      <TextField {...field("to")} type="date" label="Au" hint="Dernier jour inclus" />
      <div className="flex items-end gap-3 md:col-span-3">
        <Button type="submit">Appliquer les filtres</Button>
        <ButtonLink href={path} variant="tertiary">
          Effacer les filtres
        </ButtonLink>
      </div>
    </form>
  );
}
