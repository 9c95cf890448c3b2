import type { UpcomingSession } from "@/lib/sessions/rules";
import { SessionLine } from "./session-line";

/** Sessions in date order, or a sentence saying there are none. */
export function SessionList({ sessions, empty, className = "" }: {
  sessions: UpcomingSession[];
  empty: string;
  className?: string;
}) {
  if (!sessions.length) return <p className={`text-sm ${className}`}>{empty}</p>;
  return (
    <ol className={`space-y-2 text-sm ${className}`}>
      {sessions.map((session) => (
        <li key={session.id}>
          <SessionLine session={session} />
        </li>
      ))}
    </ol>
  );
}
