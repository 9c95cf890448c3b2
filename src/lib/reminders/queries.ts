import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import type { AractScope } from "@/lib/actions/server";
import { parseDay, todayInFrance } from "@/lib/dates/day";
import { invitationLabel, invitationState } from "@/lib/participations/rules";
import type { ResponseStatus } from "@/generated/prisma/enums";
import { seatLabel } from "@/lib/clusters/labels";
import { answersDiagnostics } from "@/lib/diagnostics/rules";
import { reminderEligibility, type ReminderEligibility } from "./rules";
import { ACTIVE_PARTICIPATION } from "@/lib/participations/rules";

export type ReminderTarget = {
  personId: string;
  participationId: string;
  companyName: string;
  name: string;
  firstName: string;
  /** "Direction", "Référent·e QVT"…: what they are in the company's approach. */
  label: string;
  /** A side of the pair (else a further member). */
  inPair: boolean;
  /** The address a reminder goes to: the account's. */
  email: string | null;
  emailState: string;
  responseId: string | null;
  responseStatus: ResponseStatus | null;
  lastRemindedAt: Date | null;
  eligibility: ReminderEligibility;
};

export type ReminderTemplate = {
  id: string;
  title: string;
  version: number;
  submitted: number;
  /** Every active member of the cluster's companies who answers its diagnostics, submitted or not. */
  targets: ReminderTarget[];
};

/**
 * The pair members of a cluster's companies (withdrawn ones left out) for each diagnostic the cluster
 * uses, with their own response and their reminders. For the Aract's own staff only.
 */
export async function loadReminderTemplates(
  scope: AractScope,
  clusterId: string,
  templateId?: string,
  now = new Date(),
): Promise<ReminderTemplate[] | null> {
  const aractId = scope.aractId;
  const cluster = await scopedDb(scope).cluster.findFirst({
    where: { id: clusterId, aractId },
    select: {
      diagnosticsOpenToMembers: true,
      templates: {
        where: templateId ? { templateId } : {},
        select: { template: { select: { id: true, title: true, version: true } } },
      },
      participations: {
        where: ACTIVE_PARTICIPATION,
        orderBy: { company: { name: "asc" } },
        select: {
          id: true,
          company: { select: { name: true } },
          pairMembers: {
            where: { endedAt: null, person: { erasedAt: null } },
            orderBy: [{ side: { sort: "asc", nulls: "last" } }, { startedAt: "asc" }],
            select: {
              side: true,
              role: true,
              roleLabel: true,
              invitedAt: true,
              person: {
                select: {
                  id: true,
                  firstName: true,
                  lastName: true,
                  email: true,
                  user: {
                    select: {
                      email: true,
                      disabledAt: true,
                      emailVerified: true,
                      _count: { select: { accounts: true } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!cluster) return null;
  const templates = cluster.templates.map((t) => t.template).sort((a, b) => a.title.localeCompare(b.title, "fr"));
  const seats = cluster.participations.flatMap((p) =>
    p.pairMembers.filter((seat) => answersDiagnostics(seat, cluster)).map((seat) => ({ ...seat, participation: p })),
  );
  const templateIds = templates.map((t) => t.id);
  const personIds = seats.map((s) => s.person.id);
  const [responses, reminders] = await Promise.all([
    scopedDb(scope).diagnosticResponse.findMany({
      where: { templateId: { in: templateIds }, participationId: { in: cluster.participations.map((p) => p.id) } },
      select: { id: true, participationId: true, templateId: true, personId: true, status: true },
    }),
    scopedDb(scope).diagnosticReminder.findMany({
      where: { aractId, templateId: { in: templateIds }, personId: { in: personIds } },
      orderBy: { sentAt: "desc" },
      select: { personId: true, templateId: true, sentAt: true, day: true },
    }),
  ]);
  const today = parseDay(todayInFrance(now)).getTime();
  const key = (...parts: string[]) => parts.join("|");
  const responseOf = new Map(responses.map((r) => [key(r.participationId, r.templateId, r.personId), r]));
  const lastReminder = new Map<string, { sentAt: Date; day: Date }>();
  for (const r of reminders)
    if (!lastReminder.has(key(r.personId, r.templateId))) lastReminder.set(key(r.personId, r.templateId), r);

  return templates.map((template) => {
    const targets = seats.map(({ invitedAt, person, participation, ...seat }): ReminderTarget => {
      const response = responseOf.get(key(participation.id, template.id, person.id)) ?? null;
      const reminder = lastReminder.get(key(person.id, template.id)) ?? null;
      const user = person.user;
      const accountActive = Boolean(user && !user.disabledAt && (user.emailVerified || user._count.accounts > 0));
      const email = user?.email ?? person.email;
      return {
        personId: person.id,
        participationId: participation.id,
        companyName: participation.company.name,
        name: `${person.firstName} ${person.lastName}`,
        firstName: person.firstName,
        label: seatLabel(seat),
        inPair: seat.side !== null,
        email,
        emailState: invitationLabel(invitationState({ email: person.email, invitedAt, accountActive })),
        responseId: response?.id ?? null,
        responseStatus: response?.status ?? null,
        lastRemindedAt: reminder?.sentAt ?? null,
        eligibility: reminderEligibility({
          responseStatus: response?.status ?? null,
          email,
          account: !user ? "none" : user.disabledAt ? "disabled" : "active",
          remindedToday: reminder?.day.getTime() === today,
        }),
      };
    });
    return {
      ...template,
      submitted: targets.filter((t) => t.responseStatus === "SUBMITTED").length,
      targets,
    };
  });
}

/** The reminders page: each diagnostic of the cluster with its pair members; null outside the Aract's staff. */
export async function listReminderTemplates(scope: Scope, clusterId: string): Promise<ReminderTemplate[] | null> {
  if (scope.role !== "ARACT_ADMIN" && scope.role !== "CHARGE_DE_MISSION") return null;
  return loadReminderTemplates(scope, clusterId);
}
