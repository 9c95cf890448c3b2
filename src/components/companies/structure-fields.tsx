import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/forms/fields";

export type StructureKey = "name" | "siret" | "nafCode" | "headcount" | "city" | "postalCode";

/**
 * A new structure's fields (the enrolment form's and the public application form's), in a fieldset: any
 * structure with a SIRET, company, association, public body or health or social establishment.
 */
export function StructureFields({
  field,
  postalCodeRequired = false,
}: {
  field: (key: StructureKey) => { registration: UseFormRegisterReturn; error?: string };
  /** The public form routes by postcode: there it is required. */
  postalCodeRequired?: boolean;
}) {
  const props = (key: StructureKey, id: string) => {
    const { registration, error } = field(key);
    return { ...registration, id, error };
  };
  return (
    <fieldset className="space-y-5 rounded-sm border border-line bg-white p-5">
      <legend className="px-1 text-lg font-bold">Nouvelle structure</legend>
      <p className="text-sm text-muted">
        Une entreprise, une association, une collectivité ou un établissement sanitaire ou social : toute structure qui
        a un SIRET.
      </p>
      <TextField label="Nom de la structure" {...props("name", "company-name")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="SIRET"
          hint="14 chiffres, espaces permis : 732 829 320 00074"
          inputMode="numeric"
          {...props("siret", "company-siret")}
        />
        <TextField label="Code NAF" hint="Le code APE : 10.20Z" {...props("nafCode", "company-naf")} />
        <TextField
          label="Effectif"
          hint="Salarié·es ou agents, aujourd'hui"
          type="number"
          min={1}
          step={1}
          {...props("headcount", "company-headcount")}
        />
        <TextField label="Ville" hint="Facultative" {...props("city", "company-city")} />
        <TextField
          label="Code postal"
          hint={postalCodeRequired ? "5 chiffres : il désigne l'Aract de votre région" : "Facultatif"}
          inputMode="numeric"
          {...props("postalCode", "company-postal-code")}
        />
      </div>
    </fieldset>
  );
}
