import type { Metadata } from "next";
import { isNational, requireScope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/policy";
import { listTemplates } from "@/lib/templates/queries";
import { THEME_PACKS } from "@/lib/templates/packs";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { Card } from "@/components/ui/card";
import { TemplatesTable } from "@/components/templates/templates-table";
import { PublishTemplateButton } from "@/components/templates/publish-template-button";

export const metadata: Metadata = { title: "Modèles de diagnostic" };

export default async function TemplatesPage() {
  const scope = await requireScope("template:read");
  const rows = await listTemplates(scope);
  const canPublish = can(scope.role, "template:publish");
  const published = new Set(rows.map((row) => row.key));
  const unpublished = canPublish ? THEME_PACKS.filter((pack) => !published.has(pack.key)) : [];
  return (
    <>
      <PageHeader
        title="Modèles de diagnostic"
        lead="Les questionnaires que les binômes direction / représentant·e du personnel remplissent en ligne, un par thème."
      />
      <div className="mb-6 max-w-3xl">
        <Notice title="D'où viennent ces modèles ?">
          Leur contenu est défini par l'équipe nationale de l'Anact dans le code de l'application. Chaque publication
          d'un contenu modifié crée une nouvelle version ; les versions publiées ne changent plus, et les réponses déjà
          données restent attachées à la version à laquelle elles répondent.
          {canPublish && " Ouvrez un modèle pour publier son contenu actuel."}
        </Notice>
      </div>
      <TemplatesTable rows={rows} clustersLabel={isNational(scope) ? "Clusters" : "Clusters de votre Aract"} />
      {unpublished.length > 0 && (
        <Card title="Modèles définis mais jamais publiés" className="mt-8">
          <ul className="space-y-4">
            {unpublished.map((pack) => (
              <li key={pack.key} className="flex flex-wrap items-start justify-between gap-4">
                <div>
                  <p className="font-medium">{pack.title}</p>
                  <p className="text-sm text-muted">{THEME_LABELS[pack.theme]}</p>
                </div>
                <PublishTemplateButton templateKey={pack.key} label={`Publier « ${pack.title} »`} />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
