import type { AccountSession } from "@/lib/account/queries";
import { formatMoment } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";
import { SignOutEverywhereButton } from "./sign-out-everywhere-button";

/** "Mon compte": the browsers where the person is signed in, and a way to close them all. */
export function ActiveSessions({ sessions }: { sessions: AccountSession[] }) {
  return (
    <Card title="Sessions actives" className="mt-6">
      <p className="mb-4 text-sm text-muted">
        Les navigateurs où vous êtes connecté·e. Une session se ferme d'elle-même après 7 jours sans activité ; la
        dernière activité est relevée à l'heure près. Si vous ne reconnaissez pas l'une d'elles, ou si vous avez utilisé
        un ordinateur partagé, déconnectez-vous partout.
      </p>
      <Table
        caption="Vos sessions ouvertes"
        captionClassName="sr-only"
        columns={[{ label: "Navigateur" }, { label: "Ouverte le" }, { label: "Dernière activité", flush: true }]}
      >
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 text-left font-medium">
                {session.browser}
                {session.current && (
                  <>
                    {" "}
                    <Badge tone="info">Cette session</Badge>
                  </>
                )}
              </th>
              <td className="py-2 pr-4">{formatMoment(session.openedAt)}</td>
              <td className="py-2">{session.current ? "En ce moment" : formatMoment(session.lastActivityAt)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <div className="mt-6">
        <SignOutEverywhereButton sessionCount={sessions.length} />
      </div>
    </Card>
  );
}
