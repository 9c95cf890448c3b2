import Link from "next/link";
import type { SessionSummary } from "@/lib/sessions/queries";
import { slotLabel } from "@/lib/sessions/rules";
import { monthGrid, monthLabel, shiftMonth, WEEKDAY_NAMES } from "@/lib/sessions/calendar";
import { capitalized, formatWeekdayDate, plural } from "@/lib/format/fr";
import { parseDay } from "@/lib/dates/day";


function MonthNav({ clusterId, month }: { clusterId: string; month: string }) {
  const link = (target: string, rel: string, label: string) => (
    <Link href={`/clusters/${clusterId}/seances/calendrier?mois=${target}`} rel={rel} className="font-medium">
      {label}
    </Link>
  );
  return (
    <nav aria-label="Changer de mois" className="flex items-center justify-between gap-4 text-sm">
      {link(shiftMonth(month, -1), "prev", `← ${capitalized(monthLabel(shiftMonth(month, -1)))}`)}
      {link(shiftMonth(month, 1), "next", `${capitalized(monthLabel(shiftMonth(month, 1)))} →`)}
    </nav>
  );
}

function SessionLink({ clusterId, session }: { clusterId: string; session: SessionSummary }) {
  const Title = session.cancelled ? "del" : "span";
  return (
    <Link
      href={`/clusters/${clusterId}/seances/${session.id}`}
      className={`block rounded-sm border-l-4 px-2 py-1 text-xs no-underline ${
        session.cancelled ? "border-gray-400 bg-gray-100 text-ink" : "border-france-900 bg-france-50 text-france-950"
      }`}
    >
      <span className="block font-bold">
        {capitalized(slotLabel(session))}
        {session.cancelled && " (annulée)"}
      </span>{" "}
      <Title className="underline">{session.title}</Title>
    </Link>
  );
}

/** A month of sessions as a table: weeks in rows from Monday to Sunday, each session a link on its day. */
export function MonthCalendar({ clusterId, month, sessions, today }: { clusterId: string; month: string; sessions: SessionSummary[]; today: string }) {
  const weeks = monthGrid(month, sessions, today);
  const inMonth = sessions.filter((s) => s.day.startsWith(month));
  return (
    <div className="space-y-3">
      <MonthNav clusterId={clusterId} month={month} />
      <p className="text-sm text-muted">
        {inMonth.length ? `${capitalized(monthLabel(month))} : ${plural(inMonth.length, "séance")}.` : `Aucune séance en ${monthLabel(month)}.`}
      </p>
      <div className="overflow-x-auto rounded-sm border border-line bg-white">
        <table className="w-full min-w-[42rem] table-fixed border-collapse text-sm">
          <caption className="px-4 py-3 text-left text-lg font-bold">{capitalized(monthLabel(month))}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              {WEEKDAY_NAMES.map((name) => (
                <th key={name} scope="col" className="px-2 py-2 text-left font-medium">
                  {capitalized(name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]?.day}>
                {week.map((cell) => (
                  <td
                    key={cell.day}
                    aria-current={cell.isToday ? "date" : undefined}
                    className={`h-24 border border-line p-1.5 align-top ${cell.inMonth ? "" : "bg-gray-50 text-muted"} ${
                      cell.isToday ? "outline outline-2 -outline-offset-2 outline-france-900" : ""
                    }`}
                  >
                    <time dateTime={cell.day} className={`block text-xs ${cell.isToday ? "font-bold" : ""}`}>
                      <span aria-hidden="true">{cell.dayOfMonth}</span>
                      <span className="sr-only">{formatWeekdayDate(parseDay(cell.day))}</span>
                      {cell.isToday && <span className="ml-1">(aujourd'hui)</span>}
                    </time>
                    {cell.items.length > 0 && (
                      <ul className="mt-1 space-y-1">
                        {cell.items.map((session) => (
                          <li key={session.id}>
                            <SessionLink clusterId={clusterId} session={session} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
