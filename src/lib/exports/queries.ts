import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { clusterWhere } from "@/lib/auth/where";
import { seatLabel } from "@/lib/clusters/labels";
import type {
  AttendanceStatus,
  ClusterKind,
  SessionSlot,
  ParticipationStatus,
  PartnerKind,
  SupportKind,
  Theme,
} from "@/generated/prisma/enums";

export type FunderWorkbookData = {
  cluster: {
    name: string;
    aractName: string;
    programmeName: string | null;
    kind: ClusterKind;
    territory: string | null;
    sector: string | null;
    startDate: Date;
    endDate: Date;
    themes: Theme[];
    plannedCollectiveSessions: number;
    plannedSupportDaysPerCompany: number;
    staff: string[];
    partners: { name: string; kind: PartnerKind; role: string | null }[];
    funders: { name: string; amountEuros: number | null }[];
  };
  companies: { name: string; siret: string; nafCode: string; headcount: number; status: ParticipationStatus }[];
  /** The people seated in each company: its pair, then its further members; `role` as shown ("Direction"…). */
  pairs: { company: string; role: string; name: string; jobTitle: string | null; email: string | null }[];
  sessions: {
    date: Date;
    slot: SessionSlot;
    startTime: string | null;
    endTime: string | null;
    title: string;
    attendances: { company: string | null; person: string; status: AttendanceStatus }[];
  }[];
  supportDays: {
    date: Date;
    company: string;
    kind: SupportKind;
    durationDays: number;
    deliveredBy: string;
    byPartner: boolean;
  }[];
};

type PersonRow = { firstName: string; lastName: string; email: string | null; erasedAt: Date | null };

/** An erased person stays counted in the figures, never named. */
const personName = (p: PersonRow) => (p.erasedAt ? "Personne effacée" : `${p.firstName} ${p.lastName}`);

const personSelect = { firstName: true, lastName: true, email: true, erasedAt: true } as const;

/**
 * Everything a funder asks of one cluster: companies, pairs, attendance per session, support days.
 * Staff only (the national team and the Aract's own people): company members never get the other
 * companies' records, whatever the route lets through. Null outside the scope.
 */
export async function getFunderWorkbookData(scope: Scope, clusterId: string): Promise<FunderWorkbookData | null> {
  if (scope.role === "COMPANY_MEMBER") return null;
  const row = await scopedDb(scope).cluster.findFirst({
    where: { id: clusterId, ...clusterWhere(scope) },
    select: {
      name: true,
      kind: true,
      territory: true,
      sector: true,
      startDate: true,
      endDate: true,
      themes: true,
      plannedCollectiveSessions: true,
      plannedSupportDaysPerCompany: true,
      aract: { select: { name: true } },
      programme: { select: { name: true } },
      staff: { select: { user: { select: { name: true, email: true } } } },
      partners: { orderBy: { name: "asc" }, select: { name: true, kind: true, role: true } },
      funders: { orderBy: { name: "asc" }, select: { name: true, amountCents: true } },
      participations: {
        orderBy: { company: { name: "asc" } },
        select: {
          status: true,
          headcountAtEntry: true,
          company: { select: { name: true, siret: true, nafCode: true } },
          pairMembers: {
            where: { endedAt: null },
            orderBy: [{ side: { sort: "asc", nulls: "last" } }, { startedAt: "asc" }],
            select: { side: true, role: true, roleLabel: true, person: { select: { ...personSelect, jobTitle: true } } },
          },
        },
      },
      sessions: {
        where: { cancelledAt: null },
        orderBy: [{ date: "asc" }, { slot: "asc" }],
        select: {
          date: true,
          slot: true,
          startTime: true,
          endTime: true,
          title: true,
          attendances: {
            select: {
              status: true,
              person: { select: personSelect },
              participation: { select: { company: { select: { name: true } } } },
            },
          },
        },
      },
      supportDays: {
        orderBy: [{ date: "asc" }, { createdAt: "asc" }],
        select: {
          date: true,
          kind: true,
          durationDays: true,
          participation: { select: { company: { select: { name: true } } } },
          deliveredBy: { select: { name: true, email: true } },
          partner: { select: { name: true } },
        },
      },
    },
  });
  if (!row) return null;

  const byCompanyThenPerson = (
    a: { company: string | null; person: string },
    b: { company: string | null; person: string },
  ) => (a.company ?? "").localeCompare(b.company ?? "", "fr") || a.person.localeCompare(b.person, "fr");

  return {
    cluster: {
      name: row.name,
      aractName: row.aract.name,
      programmeName: row.programme?.name ?? null,
      kind: row.kind,
      territory: row.territory,
      sector: row.sector,
      startDate: row.startDate,
      endDate: row.endDate,
      themes: row.themes,
      plannedCollectiveSessions: row.plannedCollectiveSessions,
      plannedSupportDaysPerCompany: Number(row.plannedSupportDaysPerCompany),
      staff: row.staff.map(({ user }) => user.name ?? user.email),
      partners: row.partners,
      funders: row.funders.map((f) => ({
        name: f.name,
        amountEuros: f.amountCents === null ? null : Number(f.amountCents) / 100,
      })),
    },
    companies: row.participations.map((p) => ({
      name: p.company.name,
      siret: p.company.siret,
      nafCode: p.company.nafCode,
      headcount: p.headcountAtEntry,
      status: p.status,
    })),
    pairs: row.participations.flatMap((p) =>
      p.pairMembers.map((m) => ({
        company: p.company.name,
        role: seatLabel(m),
        name: personName(m.person),
        jobTitle: m.person.erasedAt ? null : m.person.jobTitle,
        email: m.person.erasedAt ? null : m.person.email,
      })),
    ),
    sessions: row.sessions.map((s) => ({
      date: s.date,
      slot: s.slot,
      startTime: s.startTime,
      endTime: s.endTime,
      title: s.title,
      attendances: s.attendances
        .map((a) => ({
          company: a.participation?.company.name ?? null,
          person: personName(a.person),
          status: a.status,
        }))
        .sort(byCompanyThenPerson),
    })),
    supportDays: row.supportDays.map((d) => ({
      date: d.date,
      company: d.participation.company.name,
      kind: d.kind,
      durationDays: Number(d.durationDays),
      deliveredBy: d.partner?.name ?? d.deliveredBy?.name ?? d.deliveredBy?.email ?? row.aract.name,
      byPartner: d.partner !== null,
    })),
  };
}
