import type { Metadata } from "next";
import Link from "next/link";
import { isNational, requireScope } from "@/lib/auth/scope";
import { PageHeader } from "@/components/ui/page-header";
import { NewProgrammeForm } from "@/components/programmes/new-programme-form";

export const metadata: Metadata = { title: "Créer un programme" };

export default async function NewProgrammePage() {
  const scope = await requireScope("programme:manage");
  const national = isNational(scope);
  return (
    <>
      <p className="mb-4">
        <Link href="/administration/programmes">← Programmes</Link>
      </p>
      <PageHeader
        title={national ? "Créer un programme national" : "Créer un programme régional"}
        lead={
          national
            ? "Il sera proposé à toutes les Aract quand elles créent un cluster."
            : `Il sera proposé aux chargé·es de mission de l'${scope.aractName} quand ils et elles créent un cluster.`
        }
      />
      <NewProgrammeForm />
    </>
  );
}
