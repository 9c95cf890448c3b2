import "server-only";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { seatLabel } from "@/lib/clusters/labels";
import type { DataSubject } from "../types";

// The Aract administrator's view of its people (/administration/personnes): search, and one person's record.

export type PersonSearchResult = {
  id: string;
  name: string;
  email: string | null;
  description: string;
  erased: boolean;
};

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
    scopedDb(scope).person.findMany({
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
          select: {
            side: true,
            role: true,
            roleLabel: true,
            participation: { select: { company: { select: { name: true } }, cluster: { select: { name: true } } } },
          },
        },
      },
    }),
    scopedDb(scope).user.findMany({
      where: {
        memberships: { some: { aractId } },
        persons: { none: { aractId } },
        AND: words.map((w) => ({ OR: [{ name: match(w) }, { email: match(w) }] })),
      },
      orderBy: { name: "asc" },
      take: SEARCH_LIMIT,
      select: {
        id: true,
        name: true,
        email: true,
        erasedAt: true,
        memberships: { where: { aractId }, select: { role: true } },
      },
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
          ? `${seatLabel(seat)} · ${seat.participation.company.name} · ${seat.participation.cluster.name}`
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
  const person = await scopedDb(scope).person.findFirst({ where: { id, aractId }, select: { id: true, userId: true } });
  const userId =
    person?.userId ??
    (person
      ? null
      : ((await scopedDb(scope).user.findFirst({ where: { id, memberships: { some: { aractId } } }, select: { id: true } }))?.id ??
        null));
  if (!person && !userId) return null;

  const [persons, user] = await Promise.all([
    scopedDb(scope).person.findMany({
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
            role: true,
            roleLabel: true,
            endedAt: true,
            participation: { select: { cluster: { select: { name: true } }, company: { select: { name: true } } } },
          },
        },
      },
    }),
    userId
      ? scopedDb(scope).user.findUnique({
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
        side: seatLabel(s),
        ended: s.endedAt !== null,
      })),
    ),
    outsideAract: Boolean(user && (user.memberships.some((m) => m.aractId !== aractId) || user._count.persons > 0)),
    self: userId === scope.userId,
    subject: { userId, personIds: persons.map((p) => p.id), aractId },
  };
}
