import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getOutcomeFormOptions } from "@/lib/outcomes/queries";
import { NewOutcomeForm } from "@/components/outcomes/new-outcome-form";

export const metadata: Metadata = { title: "Enregistrer un résultat" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ entreprise?: string | string[] }> };

export default async function NewOutcomePage({ params, searchParams }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:write");
  if (!canEdit) notFound();
  const options = await getOutcomeFormOptions(scope, cluster.id);
  if (!options) notFound();
  const { entreprise } = await searchParams;
  const chosen = options.companies.find((c) => c.value === entreprise)?.value ?? "";
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/clusters/${cluster.id}/resultats`}>Retour aux résultats</Link>
      </p>
      <h2 className="text-2xl font-bold">Enregistrer un résultat</h2>
      <NewOutcomeForm
        clusterId={cluster.id}
        participationId={chosen}
        themes={options.themes}
        companies={options.companies}
      />
    </div>
  );
}
