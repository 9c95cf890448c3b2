import "server-only";
import { db } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import type { AractScope } from "@/lib/actions/server";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { HALF_DAY_LABELS, PAIR_SIDE_LABELS, PARTICIPATION_STATUS_LABELS } from "@/lib/clusters/labels";
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

/** The signed-in person's own data: their account and every Person tied to it. */
export async function ownDataSubject(scope: Scope): Promise<DataSubject> {
  const persons = await db.person.findMany({ where: { userId: scope.userId }, select: { id: true } });
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
      session: { select: { title: true, date: true, halfDay: true, cluster: { select: { name: true } } } },
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

function loadPersons(ids: string[]) {
  return db.person.findMany({ where: { id: { in: ids } }, orderBy: { number: "asc" }, select: personSelect });
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
      side: PAIR_SIDE_LABELS[s.side],
      participationStatus: PARTICIPATION_STATUS_LABELS[s.participation.status],
      invitedAt: s.invitedAt,
      startedAt: s.startedAt,
      endedAt: s.endedAt,
    })),
    attendance: p.attendances.map((a) => ({
      date: toDay(a.session.date),
      halfDay: HALF_DAY_LABELS[a.session.halfDay],
      session: a.session.title,
      cluster: a.session.cluster.name,
      status: ATTENDANCE_LABELS[a.status],
    })),
    diagnostics: p.responses.map((r) => ({
      diagnostic: `${r.template.title} (version ${r.template.version})`,
      cluster: r.participation.cluster.name,
      company: r.participation.company.name,
      side: PAIR_SIDE_LABELS[r.side],
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
export async function loadPersonalData(subject: DataSubject, now = new Date()): Promise<PersonalData> {
  const { userId, aractId } = subject;
  const [user, persons] = await Promise.all([
    userId
      ? db.user.findUnique({
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
    loadPersons(subject.personIds),
  ]);
  const seatIds = persons.flatMap((p) => p.pairSeats.map((s) => s.id));
  const about = [...(userId ? [userId] : []), ...subject.personIds, ...seatIds];
  const events = await db.auditEvent.findMany({
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
    roles: (user?.memberships ?? []).map((m) => ({ role: ROLE_LABELS[m.role], aract: m.aract?.name ?? null, since: m.createdAt })),
    persons: persons.map(toPerson),
    auditEvents,
  };
}

// ───── The Aract administrator's view of its people (/administration/personnes) ─────

export type PersonSearchResult = { id: string; name: string; email: string | null; description: string; erased: boolean };

const SEARCH_LIMIT = 50;

/** Words of the query, each to be found in the first name, last name or address. */
function terms(query: string): string[] {
  return query.trim().split(/\s+/).filter(Boolean).slice(0, 5);
}

/**
 * The Aract's persons (pair members, participants) and staff whose name or address contains every word of
 * the query. A staff member who is also a Person of the Aract appears once, as that person.
 */
export async function searchPersons(scope: AractScope, query: string): Promise<PersonSearchResult[]> {
  const words = terms(query);
  if (words.length === 0) return [];
  const aractId = scope.aractId;
  const match = (word: string) => ({ contains: word, mode: "insensitive" as const });
  const [persons, staff] = await Promise.all([
    db.person.findMany({
      where: {
        aractId,
        AND: words.map((w) => ({ OR: [{ firstName: match(w) }, { lastName: match(w) }, { email: match(w) }] })),
      },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      take: SEARCH_LIMIT,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        erasedAt: true,
        pairSeats: {
          orderBy: { startedAt: "desc" },
          take: 1,
          select: { side: true, participation: { select: { company: { select: { name: true } }, cluster: { select: { name: true } } } } },
        },
      },
    }),
    db.user.findMany({
      where: {
        memberships: { some: { aractId } },
        persons: { none: { aractId } },
        AND: words.map((w) => ({ OR: [{ name: match(w) }, { email: match(w) }] })),
      },
      orderBy: { name: "asc" },
      take: SEARCH_LIMIT,
      select: { id: true, name: true, email: true, erasedAt: true, memberships: { where: { aractId }, select: { role: true } } },
    }),
  ]);
  return [
    ...persons.map((p) => {
      const seat = p.pairSeats[0];
      return {
        id: p.id,
        name: `${p.firstName} ${p.lastName}`,
        email: p.email,
        erased: p.erasedAt !== null,
        description: seat
          ? `${PAIR_SIDE_LABELS[seat.side]} · ${seat.participation.company.name} · ${seat.participation.cluster.name}`
          : "Participant·e",
      };
    }),
    ...staff.map((u) => ({
      id: u.id,
      name: u.name ?? u.email,
      email: u.erasedAt ? null : u.email,
      erased: u.erasedAt !== null,
      description: u.memberships.map((m) => ROLE_LABELS[m.role]).join(", "),
    })),
  ].slice(0, SEARCH_LIMIT);
}

export type PersonRecord = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  erasedAt: Date | null;
  hasAccount: boolean;
  lastSignInAt: Date | null;
  roles: string[];
  seats: { cluster: string; company: string; side: string; ended: boolean }[];
  /** A role or a person outside this Aract: the Aract administrator cannot erase them alone. */
  outsideAract: boolean;
  self: boolean;
  subject: DataSubject;
};

/**
 * A person of the administrator's Aract, by a Person's id or a staff user's id: the person with their
 * account (and the account's other persons of the Aract), or null when not of this Aract.
 */
export async function getPersonRecord(scope: AractScope, id: string): Promise<PersonRecord | null> {
  const aractId = scope.aractId;
  const person = await db.person.findFirst({ where: { id, aractId }, select: { id: true, userId: true } });
  const userId =
    person?.userId ??
    (person
      ? null
      : ((await db.user.findFirst({ where: { id, memberships: { some: { aractId } } }, select: { id: true } }))?.id ?? null));
  if (!person && !userId) return null;

  const [persons, user] = await Promise.all([
    db.person.findMany({
      where: userId ? { userId, aractId } : { id: person!.id },
      orderBy: { number: "asc" },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        phone: true,
        jobTitle: true,
        erasedAt: true,
        pairSeats: {
          orderBy: { startedAt: "desc" },
          select: {
            side: true,
            endedAt: true,
            participation: { select: { cluster: { select: { name: true } }, company: { select: { name: true } } } },
          },
        },
      },
    }),
    userId
      ? db.user.findUnique({
          where: { id: userId },
          select: {
            name: true,
            email: true,
            erasedAt: true,
            lastSignInAt: true,
            memberships: { select: { role: true, aractId: true } },
            _count: { select: { persons: { where: { aractId: { not: aractId }, erasedAt: null } } } },
          },
        })
      : null,
  ]);
  const main = persons.find((p) => p.id === id) ?? persons[0];
  const erasedAt = user ? user.erasedAt : (main?.erasedAt ?? null);
  return {
    id,
    name: main ? `${main.firstName} ${main.lastName}` : (user?.name ?? user?.email ?? ""),
    email: erasedAt ? null : (main?.email ?? user?.email ?? null),
    phone: main?.phone ?? null,
    jobTitle: main?.jobTitle ?? null,
    erasedAt,
    hasAccount: Boolean(user),
    lastSignInAt: user?.lastSignInAt ?? null,
    roles: (user?.memberships ?? []).filter((m) => m.aractId === aractId).map((m) => ROLE_LABELS[m.role]),
    seats: persons.flatMap((p) =>
      p.pairSeats.map((s) => ({
        cluster: s.participation.cluster.name,
        company: s.participation.company.name,
        side: PAIR_SIDE_LABELS[s.side],
        ended: s.endedAt !== null,
      })),
    ),
    outsideAract: Boolean(user && (user.memberships.some((m) => m.aractId !== aractId) || user._count.persons > 0)),
    self: userId === scope.userId,
    subject: { userId, personIds: persons.map((p) => p.id), aractId },
  };
}
