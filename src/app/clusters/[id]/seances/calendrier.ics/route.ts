import { authorize } from "@/lib/auth/scope";
import { getSessionsCalendar } from "@/lib/sessions/queries";
import { buildSessionsCalendar, fileSlug } from "@/lib/sessions/ical";

type Context = { params: Promise<{ id: string }> };

/** The cluster's sessions as an .ics file, for everyone who sees the cluster (company pairs included). */
export async function GET(_request: Request, { params }: Context) {
  const scope = await authorize("session:read");
  if (!scope) return new Response("Introuvable", { status: 404 });
  const { id } = await params;
  const calendar = await getSessionsCalendar(scope, id);
  if (!calendar) return new Response("Introuvable", { status: 404 });
  return new Response(buildSessionsCalendar({ name: calendar.clusterName, aractName: calendar.aractName }, calendar.sessions), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="seances-${fileSlug(calendar.clusterName)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
