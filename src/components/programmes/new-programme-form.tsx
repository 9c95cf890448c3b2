"use client";

import { createProgrammeAction } from "@/lib/programmes/actions";
import { EMPTY_PROGRAMME } from "@/lib/programmes/form";
import { ProgrammeForm } from "./programme-form";

export function NewProgrammeForm() {
  return (
    <ProgrammeForm defaultValues={EMPTY_PROGRAMME} submitLabel="Créer le programme" save={createProgrammeAction} />
  );
}
