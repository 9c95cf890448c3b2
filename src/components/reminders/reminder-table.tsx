import type { InputHTMLAttributes } from "react";
import type { ReminderTarget } from "@/lib/reminders/queries";
import { ELIGIBILITY_LABELS, canBePicked, responseLabel } from "@/lib/reminders/rules";
import { Table } from "@/components/ui/table";

const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });

/**
 * The pair members who have not sent a diagnostic, with where they stand and whether they can be
 * reminded. `checkbox` gives the props of each row's checkbox; without it the table is read only.
 */
export function ReminderTable({ caption, idPrefix, targets, checkbox }: {
  caption: string;
  idPrefix: string;
  targets: ReminderTarget[];
  checkbox?: (personId: string) => InputHTMLAttributes<HTMLInputElement>;
}) {
  if (targets.length === 0) return <p>Tous les membres ont envoyé leur réponse.</p>;
  return (
    <Table
      variant="boxed"
      caption={caption}
      columns={[
        checkbox && { label: "Sélection", srOnly: true },
        { label: "Membre du binôme" },
        { label: "Entreprise" },
        { label: "Réponse" },
        { label: "E-mail" },
        { label: "Relance" },
      ]}
    >
      <tbody>
        {targets.map((target) => {
          const id = `${idPrefix}-${target.personId}`;
          return (
            <tr key={target.personId} className="border-b border-line last:border-0">
              {checkbox && (
                <td className="px-4 py-3">
                  <input
                    type="checkbox"
                    id={id}
                    className="h-4 w-4 accent-france-900"
                    disabled={!canBePicked(target.eligibility)}
                    {...checkbox(target.personId)}
                  />
                  <label htmlFor={id} className="sr-only">
                    Relancer {target.name} ({target.companyName})
                  </label>
                </td>
              )}
              <th scope="row" className="px-4 py-3 text-left font-medium">
                {target.name}
                <span className="block font-normal text-muted">{target.label}</span>
              </th>
              <td className="px-4 py-3">{target.companyName}</td>
              <td className="px-4 py-3">{responseLabel(target.responseStatus)}</td>
              <td className="px-4 py-3">
                {target.email && <span className="block">{target.email}</span>}
                <span className="text-muted">{target.emailState}</span>
              </td>
              <td className="px-4 py-3">
                <span className="block">{target.eligibility === "eligible" ? "à relancer" : ELIGIBILITY_LABELS[target.eligibility]}</span>
                {target.lastRemindedAt && (
                  <span className="text-muted">dernière relance le {dateTime.format(target.lastRemindedAt)}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
