import "server-only";
import { scopedDb, systemDb, type ScopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { OTHER_MEMBER_LABEL, PAIR_SIDE_LABELS, PARTICIPATION_STATUS_LABELS, seatLabel } from "@/lib/clusters/labels";
import { slotLabel } from "@/lib/sessions/rules";
import { RESPONSE_STATE_LABELS } from "@/lib/diagnostics/rules";
import { formatAnswer, type AnswerValue } from "@/lib/diagnostics/answers";
import { readOptions } from "@/lib/templates/queries";
import { toDay } from "@/lib/dates/day";
import type { AttendanceStatus } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { DataSubject, PersonalData, PersonalDataEvent, PersonalDataPerson } from "./types";

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "Présent·e",
  EXCUSED: "Excusé·e",
  ABSENT: "Absent·e",
};

/**
 * The signed-in person's own data: their account and every Person tied to it, in whichever Aract (read as the
 * system: a person's own data are theirs wherever they are held, RGPD art. 15).
 */
export async function ownDataSubject(scope: Scope): Promise<DataSubject> {
  const persons = await systemDb.person.findMany({ where: { userId: scope.userId }, select: { id: true } });
  return { userId: scope.userId, personIds: persons.map((p) => p.id), aractId: null };
}

const personSelect = {
  id: true,
  number: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  jobTitle: true,
  createdAt: true,
  erasedAt: true,
  aract: { select: { name: true } },
  pairSeats: {
    orderBy: { startedAt: "asc" as const },
    select: {
      id: true,
      side: true,
      role: true,
      roleLabel: true,
      invitedAt: true,
      startedAt: true,
      endedAt: true,
      participation: {
        select: { status: true, cluster: { select: { name: true } }, company: { select: { name: true } } },
      },
    },
  },
  attendances: {
    orderBy: { session: { date: "asc" as const } },
    select: {
      status: true,
      session: { select: { title: true, date: true, slot: true, startTime: true, endTime: true, cluster: { select: { name: true } } } },
    },
  },
  responses: {
    orderBy: { createdAt: "asc" as const },
    select: {
      side: true,
      status: true,
      submittedAt: true,
      template: { select: { title: true, version: true } },
      participation: { select: { cluster: { select: { name: true } }, company: { select: { name: true } } } },
      answers: {
        orderBy: [{ question: { section: { position: "asc" as const } } }, { question: { position: "asc" as const } }],
        select: {
          value: true,
          question: { select: { label: true, type: true, options: true, section: { select: { title: true } } } },
        },
      },
    },
  },
} satisfies Prisma.PersonSelect;

type PersonRow = Awaited<ReturnType<typeof loadPersons>>[number];

function loadPersons(client: ScopedDb, ids: string[]) {
  return client.person.findMany({ where: { id: { in: ids } }, orderBy: { number: "asc" }, select: personSelect });
}

function toPerson(p: PersonRow): PersonalDataPerson {
  return {
    id: p.id,
    number: p.number,
    aract: p.aract.name,
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    phone: p.phone,
    jobTitle: p.jobTitle,
    createdAt: p.createdAt,
    erasedAt: p.erasedAt,
    pairSeats: p.pairSeats.map((s) => ({
      cluster: s.participation.cluster.name,
      company: s.participation.company.name,
      side: seatLabel(s),
      participationStatus: PARTICIPATION_STATUS_LABELS[s.participation.status],
      invitedAt: s.invitedAt,
      startedAt: s.startedAt,
      endedAt: s.endedAt,
    })),
    attendance: p.attendances.map((a) => ({
      date: toDay(a.session.date),
      slot: slotLabel(a.session),
      session: a.session.title,
      cluster: a.session.cluster.name,
      status: ATTENDANCE_LABELS[a.status],
    })),
    diagnostics: p.responses.map((r) => ({
      diagnostic: `${r.template.title} (version ${r.template.version})`,
      cluster: r.participation.cluster.name,
      company: r.participation.company.name,
      side: r.side ? PAIR_SIDE_LABELS[r.side] : OTHER_MEMBER_LABEL,
      status: RESPONSE_STATE_LABELS[r.status],
      submittedAt: r.submittedAt,
      answers: r.answers.map((a) => ({
        section: a.question.section.title,
        question: a.question.label,
        value: a.value,
        text: formatAnswer(
          { type: a.question.type, options: readOptions(a.question.options) },
          a.value as AnswerValue | null,
        ),
      })),
    })),
  };
}

/**
 * Everything the platform holds about a person (RGPD art. 15): account, roles, persons with their seats,
 * attendance and answers, and the audit events about them or by them. With `aractId` (an Aract
 * administrator's request), only what belongs to that Aract.
 */
export async function loadPersonalData(scope: Scope, subject: DataSubject, now = new Date()): Promise<PersonalData> {
  const { userId, aractId } = subject;
  // Own data, wherever held (as the system); an administrator's request, within the caller's scope.
  const client = !aractId && userId === scope.userId ? systemDb : scopedDb(scope);
  const [user, persons] = await Promise.all([
    userId
      ? client.user.findUnique({
          where: { id: userId },
          select: {
            id: true,
            name: true,
            email: true,
            createdAt: true,
            lastSignInAt: true,
            disabledAt: true,
            erasedAt: true,
            memberships: {
              where: aractId ? { aractId } : {},
              orderBy: { createdAt: "asc" },
              select: { role: true, createdAt: true, aract: { select: { name: true } } },
            },
          },
        })
      : null,
    loadPersons(client, subject.personIds),
  ]);
  const seatIds = persons.flatMap((p) => p.pairSeats.map((s) => s.id));
  const about = [...(userId ? [userId] : []), ...subject.personIds, ...seatIds];
  const events = await client.auditEvent.findMany({
    where: {
      AND: [
        { OR: [{ entityId: { in: about } }, ...(userId ? [{ actorId: userId }] : [])] },
        aractId ? { OR: [{ aractId }, { aractId: null }] } : {},
      ],
    },
    orderBy: { createdAt: "asc" },
    select: {
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      actorId: true,
      changes: true,
      actor: { select: { name: true, email: true } },
      aract: { select: { name: true } },
    },
  });
  const aboutSet = new Set(about);
  const auditEvents: PersonalDataEvent[] = events.map((e) => {
    const isAbout = aboutSet.has(e.entityId);
    const isBy = userId !== null && e.actorId === userId;
    return {
      date: e.createdAt,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      actor: e.actor ? (e.actor.name ?? e.actor.email) : "Système",
      aract: e.aract?.name ?? null,
      relation: isAbout && isBy ? "about-and-by" : isBy ? "by" : "about",
      changes: e.changes,
    };
  });
  return {
    generatedAt: now,
    account: user
      ? {
          id: user.id,
          name: user.name,
          email: user.email,
          createdAt: user.createdAt,
          lastSignInAt: user.lastSignInAt,
          disabledAt: user.disabledAt,
          erasedAt: user.erasedAt,
        }
      : null,
    roles: (user?.memberships ?? []).map((m) => ({
      role: ROLE_LABELS[m.role],
      aract: m.aract?.name ?? null,
      since: m.createdAt,
    })),
    persons: persons.map(toPerson),
    auditEvents,
  };
}
