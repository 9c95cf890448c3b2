import Link from "next/link";
import type { SupportDayRow } from "@/lib/support/queries";
import { SUPPORT_KIND_LABELS } from "@/lib/support/rules";
import { formatDate, formatDays } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { DeleteSupportDayButton } from "./delete-support-day-button";

/** Every support day of the cluster, latest first; editable by the Aract's own people. */
export function SupportDayTable({
  clusterId,
  days,
  canEdit,
}: {
  clusterId: string;
  days: SupportDayRow[];
  canEdit: boolean;
}) {
  if (days.length === 0) return <p>Aucun appui enregistré pour l'instant.</p>;
  return (
    <Table
      caption="Appuis enregistrés"
      columns={[
        { label: "Date" },
        { label: "Entreprise" },
        { label: "Nature" },
        { label: "Durée", align: "right" },
        { label: "Délivré par" },
        { label: "Notes" },
        canEdit && { label: "Actions", flush: true },
      ]}
    >
      <tbody>
        {days.map((day) => {
          const description = `l'appui du ${formatDate(day.date)} (${day.companyName})`;
          return (
            <tr key={day.id} className="border-b border-line align-top">
              <td className="py-2 pr-4 whitespace-nowrap">{formatDate(day.date)}</td>
              <th scope="row" className="py-2 pr-4 text-left font-medium">
                {day.companyName}
              </th>
              <td className="py-2 pr-4">{SUPPORT_KIND_LABELS[day.kind]}</td>
              <td className="py-2 pr-4 text-right whitespace-nowrap">{formatDays(day.durationDays)}</td>
              <td className="py-2 pr-4">
                {day.deliveredBy}
                {day.byPartner && <span className="text-muted"> (partenaire)</span>}
              </td>
              <td className="py-2 pr-4">{day.notes}</td>
              {canEdit && (
                <td className="py-2">
                  <div className="flex flex-wrap items-start gap-2">
                    <Link href={`/clusters/${clusterId}/appuis/${day.id}`} className="px-2 py-1">
                      Modifier<span className="sr-only"> {description}</span>
                    </Link>
                    <DeleteSupportDayButton id={day.id} description={description} />
                  </div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
