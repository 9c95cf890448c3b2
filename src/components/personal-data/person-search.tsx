import Link from "next/link";
import type { PersonSearchResult } from "@/lib/personal-data/people/queries";
import { SearchForm } from "@/components/forms/search-form";
import { Badge } from "@/components/ui/badge";
import { plural } from "@/lib/format/fr";

/** Finds a person of the Aract by name or address: a plain GET form, the query kept in the URL. */
export function PersonSearch({ query, results }: { query: string; results: PersonSearchResult[] }) {
  return (
    <section aria-labelledby="recherche-personne" className="rounded-sm border border-line bg-white p-5">
      <h2 id="recherche-personne" className="text-lg font-bold">
        Rechercher une personne
      </h2>
      <SearchForm
        label="Nom, prénom ou adresse e-mail"
        hint="Membres des binômes, participant·es et équipe de l'Aract."
        query={query}
      />
      {query && (
        <div className="mt-4" aria-live="polite">
          {results.length === 0 ? (
            <p>Aucune personne de l'Aract ne correspond à « {query} ».</p>
          ) : (
            <>
              <p className="text-sm text-muted">
                {results.length === 50
                  ? "Les 50 premières personnes trouvées : précisez la recherche."
                  : plural(results.length, "personne trouvée", "personnes trouvées")}
              </p>
              <ul className="divide-y divide-line" aria-label="Personnes trouvées">
                {results.map((person) => (
                  <li key={person.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <div>
                      <Link href={`/administration/personnes/${person.id}`} className="font-medium">
                        {person.name}
                      </Link>{" "}
                      {person.erased && <Badge>Supprimée</Badge>}
                      <span className="block text-sm text-muted">
                        {[person.email, person.description].filter(Boolean).join(" · ")}
                      </span>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
