import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getCompanyOption, searchCompanies } from "@/lib/companies/queries";
import { CompanySearchQuery } from "@/lib/companies/schemas";
import { ENROLMENT_CLOSED } from "@/lib/companies/rules";
import { formatSiret } from "@/lib/companies/siret";
import { formatNumber } from "@/lib/format/fr";
import { Notice } from "@/components/ui/notice";
import { CompanySearch } from "@/components/companies/company-search";
import { EnrolCompanyForm } from "@/components/companies/enrol-company-form";

export const metadata: Metadata = { title: "Inscrire une entreprise" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[]; entreprise?: string | string[] }> };

export default async function EnrolCompanyPage({ params, searchParams }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "company:write");
  const base = `/clusters/${cluster.id}/entreprises`;
  const back = (
    <nav aria-label="Retour" className="mb-4 text-sm">
      <Link href={base}>← Entreprises du cluster</Link>
    </nav>
  );
  if (!canEdit) {
    return (
      <>
        {back}
        <h2 className="mb-4 text-2xl font-bold">Inscrire une entreprise</h2>
        <Notice title="Inscriptions closes">{ENROLMENT_CLOSED}</Notice>
      </>
    );
  }
  const { q, entreprise } = await searchParams;
  const query = CompanySearchQuery.parse(q);
  const pickedId = typeof entreprise === "string" && entreprise ? entreprise : null;
  const [results, picked] = await Promise.all([
    searchCompanies(scope, cluster.id, query),
    pickedId ? getCompanyOption(scope, cluster.id, pickedId) : null,
  ]);
  // Another Aract's company looks like one that does not exist.
  if (pickedId && !picked) notFound();

  return (
    <>
      {back}
      <h2 className="mb-2 text-2xl font-bold">Inscrire une entreprise</h2>
      <p className="mb-6 max-w-3xl text-muted">
        Retrouvez l'entreprise si l'Aract la suit déjà, sinon créez-la ; inscrivez en même temps son binôme, que vous
        inviterez ensuite depuis sa fiche.
      </p>
      <div className="space-y-8">
        <CompanySearch clusterId={cluster.id} query={query} results={results} />
        <section aria-labelledby="formulaire-inscription" className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h3 id="formulaire-inscription" className="text-lg font-bold">
              {picked ? `Inscrire ${picked.name} et son binôme` : "Ou créez l'entreprise, avec son binôme"}
            </h3>
            {picked && (
              <Link href={query ? `${base}/inscrire?${new URLSearchParams({ q: query })}` : `${base}/inscrire`}>
                Choisir une autre entreprise, ou la créer
              </Link>
            )}
          </div>
          <EnrolCompanyForm
            key={picked?.id ?? "new"}
            clusterId={cluster.id}
            picked={
              picked && {
                id: picked.id,
                name: picked.name,
                description: [
                  `SIRET ${formatSiret(picked.siret)}`,
                  `NAF ${picked.nafCode}`,
                  `${formatNumber(picked.headcount)} salarié·es`,
                  picked.city,
                ]
                  .filter(Boolean)
                  .join(" · "),
              }
            }
          />
        </section>
      </div>
    </>
  );
}
