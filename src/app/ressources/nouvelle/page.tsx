import type { Metadata } from "next";
import Link from "next/link";
import { requireScope, isNational } from "@/lib/auth/scope";
import { PageHeader } from "@/components/ui/page-header";
import { NewResourceForm } from "@/components/resources/resource-form";

export const metadata: Metadata = { title: "Publier une ressource" };

export default async function NewResourcePage() {
  const scope = await requireScope("resource:publish");
  const national = isNational(scope);
  return (
    <>
      <nav aria-label="Retour" className="mb-4 text-sm">
        <Link href="/ressources">← Ressources du réseau</Link>
      </nav>
      <PageHeader
        title="Publier une ressource"
        lead={
          national
            ? "Une ressource nationale : toutes les Aracts la trouvent dans leur bibliothèque."
            : `Une ressource de l'${scope.aractName} : ses chargé·es de mission la trouvent et la joignent à leurs clusters ; partagée, tout le réseau la lit.`
        }
      />
      <NewResourceForm canShare={!national} />
    </>
  );
}
