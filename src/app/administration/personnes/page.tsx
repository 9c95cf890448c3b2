import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { isAractScope } from "@/lib/actions/server";
import { searchPersons } from "@/lib/personal-data/people/queries";
import { PageHeader } from "@/components/ui/page-header";
import { PersonSearch } from "@/components/personal-data/person-search";

export const metadata: Metadata = { title: "Données personnelles des personnes" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PersonsPage({ searchParams }: Props) {
  const scope = await requireScope("personal-data:manage");
  if (!isAractScope(scope)) notFound();
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  const results = await searchPersons(scope, query);
  return (
    <>
      <PageHeader
        title="Données personnelles des personnes"
        lead={`Sur demande d'une personne de l'${scope.aractName}, exportez ses données ou supprimez-la : ses présences, réponses et résultats restent comptés, sans son nom.`}
      />
      <PersonSearch query={query} results={results} />
    </>
  );
}
