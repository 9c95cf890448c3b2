import type { Metadata } from "next";
import Link from "next/link";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { ENROLMENT_CLOSED } from "@/lib/companies/rules";
import { Notice } from "@/components/ui/notice";
import { ImportCompaniesForm } from "@/components/company-imports/import-form";

export const metadata: Metadata = { title: "Importer une liste de structures" };

type Props = { params: Promise<{ id: string }> };

export default async function ImportCompaniesPage({ params }: Props) {
  const { cluster, canEdit } = await requireClusterPage(params, "company:write");
  const base = `/clusters/${cluster.id}/entreprises`;
  return (
    <>
      <nav aria-label="Retour" className="mb-4 text-sm">
        <Link href={base}>← Entreprises du cluster</Link>
      </nav>
      <h2 className="mb-2 text-2xl font-bold">Importer une liste de structures</h2>
      {canEdit ? (
        <>
          <p className="mb-2 max-w-3xl text-muted">
            Une ligne par structure, avec son binôme : chaque ligne est vérifiée comme le formulaire d'inscription, et
            rien n'est importé tant qu'une ligne est en erreur. Les structures déjà inscrites sont reconnues par leur
            SIRET : importer deux fois le même fichier ne change rien.
          </p>
          <p className="mb-6 text-sm">
            Modèle à remplir : <a href={`${base}/importer/modele`}>classeur XLSX</a> ou{" "}
            <a href={`${base}/importer/modele?format=csv`}>fichier CSV</a> (colonnes et consignes).
          </p>
          <ImportCompaniesForm clusterId={cluster.id} />
        </>
      ) : (
        <Notice title="Inscriptions closes">{ENROLMENT_CLOSED}</Notice>
      )}
    </>
  );
}
