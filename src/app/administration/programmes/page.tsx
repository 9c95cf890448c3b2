import type { Metadata } from "next";
import { isNational, requireScope } from "@/lib/auth/scope";
import { listProgrammes } from "@/lib/programmes/queries";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { ProgrammesTable } from "@/components/programmes/programmes-table";

export const metadata: Metadata = { title: "Programmes" };

export default async function ProgrammesPage() {
  const scope = await requireScope("programme:manage");
  const rows = await listProgrammes(scope);
  const national = isNational(scope);
  return (
    <>
      <PageHeader
        title="Programmes"
        lead={
          national
            ? "Les programmes nationaux, ouverts à toutes les Aract, et les programmes régionaux de chaque Aract. Vous créez et modifiez les programmes nationaux."
            : `Les programmes sous lesquels l'${scope.aractName} mène ses clusters : les programmes nationaux de l'Anact, en consultation, et vos programmes régionaux, que vous créez et modifiez.`
        }
      >
        <ButtonLink href="/administration/programmes/nouveau">
          {national ? "Créer un programme national" : "Créer un programme régional"}
        </ButtonLink>
      </PageHeader>
      <ProgrammesTable
        rows={rows}
        caption={national ? "Programmes du réseau" : `Programmes nationaux et programmes de l'${scope.aractName}`}
        clustersLabel={national ? "Clusters" : "Clusters de votre Aract"}
      />
    </>
  );
}
