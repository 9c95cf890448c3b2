import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { listReminderTemplates } from "@/lib/reminders/queries";
import { plural } from "@/lib/format/fr";
import { ReminderForm } from "@/components/reminders/reminder-form";
import { ReminderTable } from "@/components/reminders/reminder-table";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Relances des diagnostics" };

type Props = { params: Promise<{ id: string }> };

export default async function RemindersPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:write");
  const templates = await listReminderTemplates(scope, cluster.id);
  if (!templates) notFound();
  return (
    <div className="space-y-6">
      <nav aria-label="Retour" className="text-sm">
        <Link href={`/clusters/${cluster.id}/diagnostics`}>← Diagnostics</Link>
      </nav>
      <div>
        <h2 className="text-2xl font-bold">Relances des diagnostics</h2>
        <p className="mt-2 max-w-3xl text-muted">
          Les membres des entreprises qui n'ont pas encore envoyé leur réponse reçoivent un e-mail de rappel avec un lien de
          connexion valable 7 jours. Une personne n'est relancée qu'une fois par jour pour un même diagnostic.
        </p>
      </div>
      {!canEdit && <Notice tone="info">Ce cluster est évalué : ses entreprises ne sont plus relancées.</Notice>}
      {templates.length === 0 && (
        <p>Aucun diagnostic n'est encore choisi pour ce cluster : choisissez-en depuis l'onglet Diagnostics.</p>
      )}
      {templates.map((template) => {
        const pending = template.targets.filter((t) => t.responseStatus !== "SUBMITTED");
        return (
          <section key={template.id} aria-labelledby={`template-${template.id}`} className="space-y-4 rounded-sm border border-line bg-white p-5">
            <div>
              <h3 id={`template-${template.id}`} className="text-lg font-bold">
                {template.title}
              </h3>
              <p className="text-sm text-muted">
                Version {template.version} ·{" "}
                {plural(template.submitted, "réponse envoyée", "réponses envoyées")} sur {template.targets.length} ·{" "}
                {plural(pending.length, "membre", "membres")} sans réponse envoyée
              </p>
            </div>
            {canEdit ? (
              <ReminderForm clusterId={cluster.id} template={template} targets={pending} />
            ) : (
              <ReminderTable caption={`Membres des binômes sans réponse pour « ${template.title} »`} idPrefix={`remind-${template.id}`} targets={pending} />
            )}
          </section>
        );
      })}
    </div>
  );
}
