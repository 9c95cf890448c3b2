import type { Metadata } from "next";
import Link from "next/link";
import { isNational, requireScope } from "@/lib/auth/scope";
import { listApplications } from "@/lib/applications/queries";
import { ApplicationStatusParam } from "@/lib/applications/schemas";
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUS_PARAMS, APPLICATION_TAB_LABELS, APPLICATION_STATUS_TONES } from "@/lib/applications/labels";
import { formatDate, formatNumber } from "@/lib/format/fr";
import { formatSiret } from "@/lib/companies/siret";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Candidatures" };

type Props = { searchParams: Promise<{ statut?: string | string[] }> };

export default async function ApplicationsPage({ searchParams }: Props) {
  const scope = await requireScope("application:read");
  const status = ApplicationStatusParam.parse((await searchParams).statut);
  const rows = await listApplications(scope, status);
  const national = isNational(scope);
  return (
    <>
      <PageHeader
        title="Candidatures"
        lead={
          national
            ? "Les candidatures reçues par les pages publiques des programmes nationaux dont le code postal ne désigne aucune Aract : confiez chacune à l'Aract qui l'étudiera."
            : `Les candidatures reçues par les pages publiques des clusters et des programmes de l'${scope.aractName}. Acceptez-les (la structure est inscrite et son binôme invité) ou refusez-les avec un motif.`
        }
      />
      <nav aria-label="Étapes des candidatures" className="mb-6 flex gap-2 border-b border-line">
        {(Object.keys(APPLICATION_STATUS_PARAMS) as (keyof typeof APPLICATION_STATUS_PARAMS)[]).map((key) => (
          <Link
            key={key}
            href={`/candidatures?statut=${APPLICATION_STATUS_PARAMS[key]}`}
            aria-current={key === status ? "page" : undefined}
            className={`px-3 py-2 no-underline ${key === status ? "border-b-2 border-france-900 font-bold text-france-900" : "text-ink"}`}
          >
            {APPLICATION_TAB_LABELS[key]}
          </Link>
        ))}
      </nav>
      {rows.length ? (
        <Table
          caption={`Candidatures : ${APPLICATION_TAB_LABELS[status].toLowerCase()}`}
          variant="boxed"
          columns={[{ label: "Structure" }, { label: "Candidature à" }, { label: "Effectif", align: "right" }, { label: "Reçue le" }, { label: "Étape" }]}
        >
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line align-top last:border-0">
                <td className="px-4 py-3">
                  <Link href={`/candidatures/${row.id}`} className="font-medium">
                    {row.companyName}
                  </Link>
                  <span className="block text-muted">
                    SIRET {formatSiret(row.siret)} · {row.postalCode}
                    {row.city ? ` ${row.city}` : ""}
                  </span>
                </td>
                <td className="px-4 py-3">{row.target}</td>
                <td className="px-4 py-3 text-right tabular-nums">{formatNumber(row.headcount)}</td>
                <td className="px-4 py-3">{formatDate(row.createdAt)}</td>
                <td className="px-4 py-3">
                  <Badge tone={APPLICATION_STATUS_TONES[row.status]}>{APPLICATION_STATUS_LABELS[row.status]}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p>Aucune candidature dans cet onglet.</p>
      )}
    </>
  );
}
