import { Table } from "@/components/ui/table";
import type { AttendancePerson } from "./attendance-form";

const STATUS_WORDS = { PRESENT: "présent·e", EXCUSED: "excusé·e", ABSENT: "absent·e" } as const;

/** The attendance of a session, read only (national team, evaluated cluster, cancelled session). */
export function AttendanceTable({ companies }: { companies: { participationId: string; name: string; people: AttendancePerson[] }[] }) {
  return (
    <Table
      variant="boxed"
      caption="Présences par entreprise et par personne"
      columns={[{ label: "Entreprise" }, { label: "Personne" }, { label: "Présence" }]}
    >
      <tbody>
        {companies.flatMap((company) =>
          company.people.map((person) => (
            <tr key={person.personId} className="border-b border-line">
              <td className="px-4 py-3">{company.name}</td>
              <th scope="row" className="px-4 py-3 font-medium">
                {person.name} <span className="font-normal text-muted">({person.label})</span>
              </th>
              <td className="px-4 py-3">{person.status ? STATUS_WORDS[person.status] : "non renseigné"}</td>
            </tr>
          )),
        )}
      </tbody>
    </Table>
  );
}
