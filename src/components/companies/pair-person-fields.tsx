import type { UseFormRegisterReturn } from "react-hook-form";
import type { PairSide } from "@/generated/prisma/enums";
import { JOB_TITLE_HINTS, MEMBER_JOB_TITLE_HINT } from "@/lib/clusters/labels";
import { TextField } from "@/components/forms/fields";

export type PersonKey = "firstName" | "lastName" | "jobTitle" | "email";

/** The fields of one member, in a fieldset named after their seat (a side of the pair, or none: a further member); ids made unique by `idPrefix`. */
export function PairPersonFields({
  legend,
  side,
  idPrefix,
  field,
  emailHint,
}: {
  legend: string;
  side: PairSide | null;
  idPrefix: string;
  field: (key: PersonKey) => { registration: UseFormRegisterReturn; error?: string };
  emailHint: string;
}) {
  const props = (key: PersonKey) => {
    const { registration, error } = field(key);
    return { ...registration, id: `${idPrefix}-${key}`, error };
  };
  return (
    <fieldset className="space-y-5 rounded-sm border border-line bg-white p-5">
      <legend className="px-1 text-lg font-bold">{legend}</legend>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label="Prénom" autoComplete="off" {...props("firstName")} />
        <TextField label="Nom" autoComplete="off" {...props("lastName")} />
        <TextField label="Fonction" hint={side ? JOB_TITLE_HINTS[side] : MEMBER_JOB_TITLE_HINT} {...props("jobTitle")} />
        <TextField label="Adresse e-mail" type="email" autoComplete="off" hint={emailHint} {...props("email")} />
      </div>
    </fieldset>
  );
}
