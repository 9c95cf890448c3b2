import type { Metadata } from "next";
import { requireScope } from "@/lib/auth/scope";
import { listDirectoryPartners } from "@/lib/partners/queries";
import { plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { PartnersTable } from "@/components/partners/partners-table";
import { NewPartnerForm } from "@/components/partners/partner-form";

export const metadata: Metadata = { title: "Annuaire des partenaires" };

export default async function PartnersPage() {
  const scope = await requireScope("partner:manage");
  const rows = await listDirectoryPartners(scope);
  const current = rows.filter((row) => row.archivedAt === null);
  const archived = rows.filter((row) => row.archivedAt !== null);
  return (
    <>
      <PageHeader
        title="Annuaire des partenaires"
        lead={`Les partenaires de l'${scope.aractName} (Carsat, OPCO, pôles, syndicats professionnels…) : les chargé·es de mission les choisissent dans le formulaire d'un cluster.`}
      />
      <div className="space-y-8">
        <section aria-labelledby="partenaires-actuels" className="space-y-3">
          <h2 id="partenaires-actuels" className="text-xl font-bold">
            Partenaires proposés{" "}
            <span className="font-normal text-muted">({plural(current.length, "partenaire")})</span>
          </h2>
          {current.length === 0 ? (
            <p className="text-muted">L'annuaire est vide : ajoutez un premier partenaire ci-dessous.</p>
          ) : (
            <PartnersTable
              rows={current}
              caption="Partenaires proposés dans le formulaire des clusters"
              archived={false}
            />
          )}
        </section>
        <Card title="Ajouter un partenaire">
          <NewPartnerForm />
        </Card>
        {archived.length > 0 && (
          <section aria-labelledby="partenaires-archives" className="space-y-3">
            <h2 id="partenaires-archives" className="text-xl font-bold">
              Partenaires archivés{" "}
              <span className="font-normal text-muted">({plural(archived.length, "partenaire")})</span>
            </h2>
            <p className="text-sm text-muted">
              Ils ne sont plus proposés pour les nouveaux clusters ; les clusters qui les ont déjà les gardent.
            </p>
            <PartnersTable rows={archived} caption="Partenaires archivés" archived />
          </section>
        )}
      </div>
    </>
  );
}
