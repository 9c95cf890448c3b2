import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { getDirectoryPartner } from "@/lib/partners/queries";
import { formatDate } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { EditPartnerForm } from "@/components/partners/partner-form";
import { PartnerArchiveButton } from "@/components/partners/partner-archive-button";

export const metadata: Metadata = { title: "Modifier un partenaire" };

type Props = { params: Promise<{ id: string }> };

export default async function EditPartnerPage({ params }: Props) {
  const scope = await requireScope("partner:manage");
  const partner = await getDirectoryPartner(scope, (await params).id);
  if (!partner) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/administration/partenaires">← Annuaire des partenaires</Link>
      </p>
      <PageHeader title={`Modifier « ${partner.name} »`} />
      <div className="max-w-3xl space-y-6">
        {partner.archivedAt && (
          <Notice tone="warning" title={`Archivé le ${formatDate(partner.archivedAt)}`}>
            Ce partenaire n'est plus proposé dans le formulaire des clusters. Restaurez-le pour le proposer de nouveau.
            <div className="mt-2">
              <PartnerArchiveButton id={partner.id} name={partner.name} archived />
            </div>
          </Notice>
        )}
        <Card title="Fiche du partenaire">
          <EditPartnerForm id={partner.id} defaultValues={partner.values} />
        </Card>
        <Card title="Clusters avec ce partenaire">
          {partner.clusters.length === 0 ? (
            <p className="text-sm text-muted">Aucun cluster ne l'a encore choisi dans l'annuaire.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {partner.clusters.map((cluster) => (
                <li key={cluster.id}>
                  <Link href={`/clusters/${cluster.id}`}>{cluster.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
