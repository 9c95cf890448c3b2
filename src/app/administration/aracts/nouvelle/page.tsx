import type { Metadata } from "next";
import { requireScope } from "@/lib/auth/scope";
import { EMPTY_ARACT } from "@/lib/aracts/schemas";
import { PageHeader } from "@/components/ui/page-header";
import { AractForm } from "@/components/admin/aract-form";

export const metadata: Metadata = { title: "Créer une Aract" };

export default async function NewAractPage() {
  await requireScope("aract:manage");
  return (
    <>
      <PageHeader
        title="Créer une Aract"
        lead="Vous nommerez ensuite son administrateur·rice, qui invitera son équipe."
      />
      <AractForm defaultValues={EMPTY_ARACT} submitLabel="Créer l'Aract" />
    </>
  );
}
