import type { UpcomingSession } from "@/lib/clusters/queries";
import { HALF_DAY_LABELS } from "@/lib/clusters/labels";
import { formatWeekdayDate } from "@/lib/format/fr";

export function SessionLine({ session }: { session: UpcomingSession }) {
  return (
    <span>
      <span className="font-medium">
        {formatWeekdayDate(session.date)}, {HALF_DAY_LABELS[session.halfDay]}
      </span>
      <span className="text-muted">
        {" "}
        · {session.title} · {session.place}
      </span>
    </span>
  );
}
