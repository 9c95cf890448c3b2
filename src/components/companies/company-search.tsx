import Link from "next/link";
import type { CompanyOption } from "@/lib/companies/queries";
import { formatSiret } from "@/lib/companies/siret";
import { formatNumber } from "@/lib/format/fr";
import { SearchForm } from "@/components/forms/search-form";
import { ButtonLink } from "@/components/ui/button";

/**
 * Finds a company the Aract already knows, by name or SIRET. A plain GET form: the search runs on the
 * server, in the Aract's companies only, and the choice travels in the URL.
 */
export function CompanySearch({
  clusterId,
  query,
  results,
}: {
  clusterId: string;
  query: string;
  results: CompanyOption[];
}) {
  const base = `/clusters/${clusterId}/entreprises`;
  return (
    <section aria-labelledby="recherche-entreprise" className="rounded-sm border border-line bg-white p-5">
      <h3 id="recherche-entreprise" className="text-lg font-bold">
        L'entreprise est-elle déjà connue de l'Aract ?
      </h3>
      <SearchForm
        label="Nom ou SIRET de l'entreprise"
        hint="Deux caractères au moins ; le SIRET, entier ou en partie."
        query={query}
      />
      {query && (
        <div className="mt-4" aria-live="polite">
          {results.length === 0 ? (
            <p>Aucune entreprise de l'Aract ne correspond à « {query} » : créez-la ci-dessous.</p>
          ) : (
            <ul className="divide-y divide-line" aria-label="Entreprises trouvées">
              {results.map((company) => (
                <li key={company.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div>
                    <span className="block font-medium">{company.name}</span>
                    <span className="block text-sm text-muted">
                      SIRET {formatSiret(company.siret)} · {formatNumber(company.headcount)} salarié·es
                      {company.city ? ` · ${company.city}` : ""}
                    </span>
                  </div>
                  {company.participationIdHere ? (
                    <span className="text-sm">
                      Déjà inscrite dans ce cluster :{" "}
                      <Link href={`${base}/${company.participationIdHere}`}>
                        voir sa fiche<span className="sr-only"> ({company.name})</span>
                      </Link>
                    </span>
                  ) : (
                    <ButtonLink
                      variant="secondary"
                      href={`${base}/inscrire?${new URLSearchParams({ q: query, entreprise: company.id })}`}
                    >
                      Choisir<span className="sr-only"> {company.name}</span>
                    </ButtonLink>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
