import type { Metadata } from "next";
import Link from "next/link";
import { isNational, requireScope } from "@/lib/auth/scope";
import { notFound } from "next/navigation";
import { listAracts } from "@/lib/aracts/queries";
import { plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Aract du réseau" };

export default async function AractsPage() {
  const scope = await requireScope("aract:manage");
  if (!isNational(scope)) notFound();
  const aracts = await listAracts(scope);
  return (
    <>
      <PageHeader title="Aract du réseau" lead={plural(aracts.length, "Aract", "Aract")}>
        <ButtonLink href="/administration/aracts/nouvelle">Créer une Aract</ButtonLink>
      </PageHeader>
      <Table
        variant="boxed"
        caption="Les Aract et les départements qu'elles couvrent"
        columns={[
          { label: "Aract" },
          { label: "Région" },
          { label: "Départements" },
          { label: "Équipe", align: "right" },
          { label: "Clusters", align: "right" },
          { label: "État" },
        ]}
      >
        <tbody>
          {aracts.map((aract) => (
            <tr key={aract.id} className="border-b border-line last:border-0">
              <th scope="row" className="px-4 py-3 font-medium">
                <Link href={`/administration/aracts/${aract.id}`}>{aract.name}</Link>
              </th>
              <td className="px-4 py-3">{aract.region}</td>
              <td className="px-4 py-3">{aract.departements.join(", ") || "—"}</td>
              <td className="px-4 py-3 text-right">{aract.staff}</td>
              <td className="px-4 py-3 text-right">{aract.clusters}</td>
              <td className="px-4 py-3">
                {aract.active ? <Badge tone="success">Active</Badge> : <Badge tone="warning">Désactivée</Badge>}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
