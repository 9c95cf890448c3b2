import Link from "next/link";
import type { TemplateCompletion } from "@/lib/diagnostics/cluster-view/queries";
import { CompletionTable, completionSummary } from "./completion-table";
import { diagnosticsPath } from "./my-diagnostics-list";

/** For the Aract's staff: each diagnostic of the cluster, where every company's pair stands on it. */
export function ClusterDiagnosticsOverview({ clusterId, completion, canEdit }: { clusterId: string; completion: TemplateCompletion[]; canEdit: boolean }) {
  return (
    <section aria-labelledby="diagnostics-en-ligne" className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h3 id="diagnostics-en-ligne" className="text-xl font-bold">
          Diagnostics en ligne des binômes
        </h3>
        <Link href={`/clusters/${clusterId}/diagnostics/modeles`}>{canEdit ? "Choisir les modèles de diagnostic" : "Modèles de diagnostic du cluster"}</Link>
      </div>
      {completion.length === 0 && <p>Aucun diagnostic n'est encore choisi pour ce cluster : les binômes n'ont rien à remplir.</p>}
      {completion.map((template) => (
        <section key={template.templateId} aria-labelledby={`modele-${template.templateId}`} className="space-y-3">
          <h4 id={`modele-${template.templateId}`} className="text-lg font-bold">
            {template.title} <span className="font-normal text-muted">(version {template.version})</span>
          </h4>
          <p className="flex flex-wrap gap-x-4">
            <span>{completionSummary(template)}</span>
            <Link href={`${diagnosticsPath(clusterId, template.templateId)}/synthese`}>
              Synthèse du cluster<span className="sr-only"> : {template.title}</span>
            </Link>
          </p>
          {template.companies.length ? (
            // Folded: with several diagnostics, the page stays a summary; the synthesis page shows it open.
            <details className="rounded-sm border border-line bg-white p-3">
              <summary className="cursor-pointer font-medium text-france-900">
                Avancement par entreprise<span className="sr-only"> : {template.title}</span>
              </summary>
              <div className="mt-3">
                <CompletionTable clusterId={clusterId} completion={template} canEdit={canEdit} />
              </div>
            </details>
          ) : (
            <p>Aucune entreprise n'est inscrite dans ce cluster.</p>
          )}
        </section>
      ))}
    </section>
  );
}
