import Link from "next/link";
import type { ClusterFollowUpRow } from "@/lib/follow-ups/queries";
import { SATISFACTION_LABELS, SATISFACTION_VALUES } from "@/lib/evaluations/labels";
import { formatDate, plural } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { FollowUpStateBadge } from "./follow-up-status";

const satisfactionOf = (value: number | null) => SATISFACTION_VALUES.find((v) => Number(v) === value);

/** The follow-ups of a cluster's companies: opened when, e-mailed, reminded, answered. */
export function FollowUpTable({ clusterId, rows }: { clusterId: string; rows: ClusterFollowUpRow[] }) {
  const answered = rows.filter((row) => row.submittedAt).length;
  return (
    <section aria-labelledby="suivi" className="space-y-3">
      <h3 id="suivi" className="text-xl font-bold">
        Suivi après le cluster
      </h3>
      <p className="max-w-3xl text-muted">
        Le jour de l'ouverture du questionnaire, chaque binôme reçoit un e-mail, puis une relance par semaine pendant un mois
        tant qu'il n'a pas répondu. Ses réponses mettent à jour les résultats ci-dessus. {plural(answered, "réponse")} sur{" "}
        {plural(rows.length, "entreprise")}.
      </p>
      <Table
        caption="Suivi des entreprises après le cluster"
        captionClassName="sr-only"
        columns={[
          { label: "Entreprise" },
          { label: "Ouverture" },
          { label: "État" },
          { label: "E-mails" },
          { label: "Satisfaction", flush: true },
        ]}
      >
        <tbody>
          {rows.map((row) => {
            const satisfaction = satisfactionOf(row.satisfaction);
            return (
              <tr key={row.participationId} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 text-left font-medium">
                  <Link href={`/clusters/${clusterId}/suivi/${row.participationId}`}>{row.companyName}</Link>
                </th>
                <td className="py-2 pr-4">{formatDate(row.dueOn)}</td>
                <td className="py-2 pr-4">
                  <FollowUpStateBadge state={row.state} />
                  {row.submittedAt && <span className="block text-muted">le {formatDate(row.submittedAt)}</span>}
                </td>
                <td className="py-2 pr-4">
                  {!row.lastSentAt
                    ? "aucun"
                    : row.reminders
                      ? `${plural(row.reminders, "relance")}, la dernière le ${formatDate(row.lastSentAt)}`
                      : `envoyé le ${formatDate(row.lastSentAt)}`}
                </td>
                <td className="py-2">{satisfaction ? SATISFACTION_LABELS[satisfaction] : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
}
