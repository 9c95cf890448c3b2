import type { UpcomingSession } from "@/lib/sessions/rules";
import { slotLabel } from "@/lib/sessions/rules";
import { formatWeekdayDate } from "@/lib/format/fr";

export function SessionLine({ session }: { session: UpcomingSession }) {
  return (
    <span>
      <span className="font-medium">
        {formatWeekdayDate(session.date)}, {slotLabel(session)}
      </span>
      <span className="text-muted">
        {" "}
        · {session.title} · {session.place}
      </span>
    </span>
  );
}
