import Link from "next/link";
import type { PlanRow } from "@/lib/action-plans/queries";
import { progressLabel } from "@/lib/action-plans/rules";
import { PARTICIPATION_STATUS_LABELS } from "@/lib/clusters/labels";
import { formatDate } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";

/** Each company of the cluster with its plan's progress and a link to it. */
export function PlansTable({ clusterId, plans }: { clusterId: string; plans: PlanRow[] }) {
  if (plans.length === 0) return <p>Aucune entreprise inscrite pour l'instant.</p>;
  return (
    <Table
      variant="boxed"
      caption="Plans d'actions par entreprise"
      columns={[{ label: "Entreprise" }, { label: "Avancement" }, { label: "Dernière modification" }]}
    >
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.participationId} className="border-b border-line last:border-0">
            <th scope="row" className="px-4 py-3 text-left font-medium">
              <Link href={`/clusters/${clusterId}/plans/${plan.participationId}`}>{plan.companyName}</Link>
              {plan.status === "WITHDRAWN" && (
                <span className="block text-sm font-normal text-muted">{PARTICIPATION_STATUS_LABELS.WITHDRAWN}</span>
              )}
            </th>
            <td className="px-4 py-3">{progressLabel(plan.progress)}</td>
            <td className="px-4 py-3">{plan.updatedAt ? formatDate(plan.updatedAt) : "pas encore de plan"}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
