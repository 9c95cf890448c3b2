"use client";

import type { ProgrammeInput } from "@/lib/programmes/schemas";
import { updateProgrammeAction } from "@/lib/programmes/actions";
import { ProgrammeForm } from "./programme-form";

/** The programme form bound to one programme. */
export function EditProgrammeForm({ id, defaultValues }: { id: string; defaultValues: ProgrammeInput }) {
  return (
    <ProgrammeForm
      defaultValues={defaultValues}
      submitLabel="Enregistrer les modifications"
      save={(programme) => updateProgrammeAction({ id, programme })}
    />
  );
}
