import "server-only";
import { scopedDb } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { isNational, type Scope } from "@/lib/auth/scope";
import { aractWhere } from "@/lib/auth/where";
import { startOfDayInFrance } from "@/lib/format/date-time";
import { SYSTEM_ACTOR } from "./labels";
import {
  AUDIT_EXPORT_MAX_ROWS,
  AUDIT_PAGE_SIZE,
  SYSTEM_ACTOR_VALUE,
  type AuditFilterOptions,
  type AuditFilters,
} from "./schemas";

// Reading the audit trail: an Aract's administrator reads the events of the Aract (aractId), the
// national administrator every event. The scope sits in the where next to the filters, inside AND, where
// no filter can widen it. Callers have checked the permission `audit:read`.

export type AuditRow = {
  id: string;
  createdAt: Date;
  /** The person's name, or « Système » for events without a person. */
  actor: string;
  aract: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Prisma.JsonValue;
};

const DAY_MS = 24 * 3600 * 1000;

function scopedWhere(scope: Scope): Prisma.AuditEventWhereInput {
  return aractWhere(scope);
}

function filtersWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = startOfDayInFrance(filters.from);
  // "au 04/12" includes the whole of that day in France.
  if (filters.to)
    createdAt.lt = startOfDayInFrance(new Date(Date.parse(filters.to) + DAY_MS).toISOString().slice(0, 10));
  return {
    ...(filters.actor ? { actorId: filters.actor === SYSTEM_ACTOR_VALUE ? null : filters.actor } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.aract ? { aractId: filters.aract } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
}

const where = (scope: Scope, filters: AuditFilters): Prisma.AuditEventWhereInput => ({
  AND: [scopedWhere(scope), filtersWhere(filters)],
});

const SELECT = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  changes: true,
  actor: { select: { name: true, email: true } },
  aract: { select: { name: true } },
} as const;

type Selected = Prisma.AuditEventGetPayload<{ select: typeof SELECT }>;

function toRow(event: Selected): AuditRow {
  return {
    id: event.id,
    createdAt: event.createdAt,
    actor: event.actor ? (event.actor.name ?? event.actor.email) : SYSTEM_ACTOR,
    aract: event.aract?.name ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changes: event.changes,
  };
}

const ORDER: Prisma.AuditEventOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

/** One page of the events the caller may read, the most recent first. */
export async function listAuditEvents(
  scope: Scope,
  filters: AuditFilters,
  page: number,
): Promise<{ rows: AuditRow[]; total: number; page: number; pageCount: number }> {
  const condition = where(scope, filters);
  const total = await scopedDb(scope).auditEvent.count({ where: condition });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const events = await scopedDb(scope).auditEvent.findMany({
    where: condition,
    select: SELECT,
    orderBy: ORDER,
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return { rows: events.map(toRow), total, page: current, pageCount };
}

/** The events of an export, the most recent first, at most AUDIT_EXPORT_MAX_ROWS; `total` says how many match. */
export async function listAuditEventsForExport(
  scope: Scope,
  filters: AuditFilters,
): Promise<{ rows: AuditRow[]; total: number }> {
  const condition = where(scope, filters);
  const [total, events] = await Promise.all([
    scopedDb(scope).auditEvent.count({ where: condition }),
    scopedDb(scope).auditEvent.findMany({ where: condition, select: SELECT, orderBy: ORDER, take: AUDIT_EXPORT_MAX_ROWS }),
  ]);
  return { rows: events.map(toRow), total };
}

/** What the filters offer: the people, record types and actions found in the caller's events, and the Aracts. */
export async function listAuditFilterOptions(scope: Scope): Promise<AuditFilterOptions> {
  const scoped = scopedWhere(scope);
  const [people, kinds, systemEvent, aracts] = await Promise.all([
    scopedDb(scope).user.findMany({
      where: { auditEvents: { some: scoped } },
      select: { id: true, name: true, email: true },
      orderBy: [{ name: "asc" }, { email: "asc" }],
    }),
    scopedDb(scope).auditEvent.groupBy({ by: ["entityType", "action"], where: scoped }),
    scopedDb(scope).auditEvent.findFirst({ where: { AND: [scoped, { actorId: null }] }, select: { id: true } }),
    isNational(scope) ? scopedDb(scope).aract.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }) : null,
  ]);
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  return {
    people: people.map((person) => ({ id: person.id, name: person.name ?? person.email })),
    system: systemEvent !== null,
    entityTypes: sorted(kinds.map((kind) => kind.entityType)),
    actions: sorted(kinds.map((kind) => kind.action)),
    aracts,
  };
}
