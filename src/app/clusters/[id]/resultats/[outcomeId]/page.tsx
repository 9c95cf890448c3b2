import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getOutcomeForEdit, getOutcomeFormOptions } from "@/lib/outcomes/queries";
import { EditOutcomeForm } from "@/components/outcomes/edit-outcome-form";

export const metadata: Metadata = { title: "Modifier un résultat" };

type Props = { params: Promise<{ id: string; outcomeId: string }> };

export default async function EditOutcomePage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:write");
  if (!canEdit) notFound();
  const { outcomeId } = await params;
  const [outcome, options] = await Promise.all([
    getOutcomeForEdit(scope, cluster.id, outcomeId),
    getOutcomeFormOptions(scope, cluster.id),
  ]);
  if (!outcome || !options) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/clusters/${cluster.id}/resultats`}>Retour aux résultats</Link>
      </p>
      <h2 className="text-2xl font-bold">Modifier le résultat de {outcome.companyName}</h2>
      <EditOutcomeForm
        id={outcome.id}
        version={outcome.version}
        companyName={outcome.companyName}
        defaultValues={outcome.values}
        themes={options.themes}
        companies={options.companies}
      />
    </div>
  );
}
