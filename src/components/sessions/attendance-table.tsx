import { PAIR_SIDE_LABELS } from "@/lib/clusters/labels";
import type { AttendancePerson } from "./attendance-form";

const STATUS_WORDS = { PRESENT: "présent·e", EXCUSED: "excusé·e", ABSENT: "absent·e" } as const;

/** The attendance of a session, read only (national team, evaluated cluster, cancelled session). */
export function AttendanceTable({ companies }: { companies: { participationId: string; name: string; people: AttendancePerson[] }[] }) {
  return (
    <div className="overflow-x-auto rounded-sm border border-line bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Présences par entreprise et par personne</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="px-4 py-3">Entreprise</th>
            <th scope="col" className="px-4 py-3">Personne</th>
            <th scope="col" className="px-4 py-3">Présence</th>
          </tr>
        </thead>
        <tbody>
          {companies.flatMap((company) =>
            company.people.map((person) => (
              <tr key={person.personId} className="border-b border-line">
                <td className="px-4 py-3">{company.name}</td>
                <th scope="row" className="px-4 py-3 font-medium">
                  {person.name} <span className="font-normal text-muted">({PAIR_SIDE_LABELS[person.side]})</span>
                </th>
                <td className="px-4 py-3">{person.status ? STATUS_WORDS[person.status] : "non renseigné"}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
