import type { Metadata } from "next";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { todayInFrance } from "@/lib/dates/day";
import { listClusterSessions } from "@/lib/sessions/queries";
import { defaultMonth, parseMonth } from "@/lib/sessions/calendar";
import { ButtonLink } from "@/components/ui/button";
import { MonthCalendar } from "@/components/sessions/month-calendar";
import { IcsLink, SessionViewsNav } from "@/components/sessions/session-views-nav";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Calendrier des séances" };

export default async function SessionsCalendarPage({ params, searchParams }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "session:read");
  const today = todayInFrance();
  const { sessions } = await listClusterSessions(scope, cluster.id);
  const { mois } = await searchParams;
  // An unreadable ?mois= falls back to the default month rather than failing.
  const month = parseMonth(Array.isArray(mois) ? mois[0] : mois) ?? defaultMonth(sessions, today);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h2 className="text-2xl font-bold">Calendrier des séances</h2>
        {canEdit && <ButtonLink href={`/clusters/${cluster.id}/seances/nouvelle`}>Planifier une séance</ButtonLink>}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <SessionViewsNav clusterId={cluster.id} current="calendar" />
        <IcsLink clusterId={cluster.id} />
      </div>
      <MonthCalendar clusterId={cluster.id} month={month} sessions={sessions} today={today} />
    </div>
  );
}
