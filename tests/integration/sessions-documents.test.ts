import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { buildScope } from "@/lib/auth/scope";
import { getAttendanceSheet, getSessionsCalendar, listClusterSessions, listCompanyAttendance } from "@/lib/sessions/queries";
import { renderAttendanceSheet } from "@/lib/sessions/attendance-sheet-pdf";
import { buildSessionsCalendar } from "@/lib/sessions/ical";
import { GET as getSheet } from "@/app/clusters/[id]/seances/[sessionId]/emargement/route";
import { GET as getCalendar } from "@/app/clusters/[id]/seances/calendrier.ics/route";
import { actAs } from "../support/session";
import { createCluster, createTwoAracts, enrolCompany, markAttendance, planSession, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;
const TODAY = "2026-11-23";

async function build() {
  // The shared world's enrolled company is the first one here.
  const { member: first, ...shared } = await createTwoAracts(db, { aractName: "Aract Bretagne" });
  const { aract, cluster } = shared;
  const sibling = await createCluster(db, aract.id);
  const second = await enrolCompany(db, cluster.id, aract.id);
  const withdrawn = await enrolCompany(db, cluster.id, aract.id);
  await db.participation.update({ where: { id: withdrawn.participation.id }, data: { status: "WITHDRAWN" } });
  await db.person.update({ where: { id: first.direction.id }, data: { firstName: "Maëlle", lastName: "Créac'h", jobTitle: "Directrice" } });
  const elsewhere = await enrolCompany(db, sibling.id, aract.id);
  const held = await planSession(db, cluster, { date: "2026-10-06", title: "Lancement" });
  const later = await planSession(db, cluster, { date: "2026-12-08", slot: "AFTERNOON", title: "Partage des diagnostics" });
  const cancelled = await planSession(db, cluster, { date: "2026-11-17", title: "Séance annulée", cancelled: true });
  await markAttendance(db, held, first.direction, first.participation.id, "PRESENT");
  await markAttendance(db, held, first.staffRep, first.participation.id, "EXCUSED");
  await markAttendance(db, held, second.direction, second.participation.id, "PRESENT");
  await markAttendance(db, held, second.staffRep, second.participation.id, "ABSENT");
  // Recorded before the cancellation: left out of every rate.
  await markAttendance(db, cancelled, first.direction, first.participation.id, "ABSENT");
  return { ...shared, first, second, withdrawn, elsewhere, held, later, cancelled };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const scopeOf = async (userId: string) => (await buildScope(userId))!;
const pdfText = async (pdf: Uint8Array) => (await extractText(await getDocumentProxy(pdf), { mergePages: true })).text;

describe("the sessions list and its rates", () => {
  it("gives staff each session's attendance and each company's rate over held sessions", async () => {
    const scope = await scopeOf(world.charge.id);
    const { sessions, expected } = await listClusterSessions(scope, world.cluster.id);
    expect(sessions.map((s) => [s.title, s.cancelled])).toEqual([
      ["Lancement", false],
      ["Séance annulée", true],
      ["Partage des diagnostics", false],
    ]);
    expect(sessions[0]?.counts).toEqual({ present: 2, excused: 1, absent: 1 });
    expect(expected).toBe(4);
    const companies = await listCompanyAttendance(scope, world.cluster.id, TODAY);
    expect(Object.fromEntries(companies.map((c) => [c.participationId, c.counts]))).toEqual({
      [world.first.participation.id]: { present: 1, excused: 1, absent: 0 },
      [world.second.participation.id]: { present: 1, excused: 0, absent: 1 },
    });
  });

  it("shows a company member the calendar without anyone's attendance, and only their own company's rate", async () => {
    const scope = await scopeOf(world.first.user.id);
    const { sessions } = await listClusterSessions(scope, world.cluster.id);
    expect(sessions).toHaveLength(3);
    expect(sessions.every((s) => s.counts === null)).toBe(true);
    expect((await listCompanyAttendance(scope, world.cluster.id, TODAY)).map((c) => c.participationId)).toEqual([world.first.participation.id]);
    expect((await listClusterSessions(await scopeOf(world.elsewhere.user.id), world.cluster.id)).sessions).toEqual([]);
  });
});

describe("the émargement PDF", () => {
  it("lists the active pair members of the companies still in the cluster, from the database", async () => {
    const sheet = await getAttendanceSheet(await scopeOf(world.charge.id), world.cluster.id, world.later.id);
    expect(sheet?.companies.flatMap((c) => c.people.map((p) => p.personId)).sort()).toEqual(
      [world.first.direction.id, world.first.staffRep.id, world.second.direction.id, world.second.staffRep.id].sort(),
    );
    const text = await pdfText(new Uint8Array(await renderAttendanceSheet(sheet!)));
    expect(text).toContain("mardi 8 décembre 2026, après-midi (14 h – 17 h 30)");
    expect(text).toContain("CRÉAC'H Maëlle");
    for (const person of [world.first.staffRep, world.second.direction, world.second.staffRep]) {
      expect(text).toContain(`${person.lastName.toUpperCase()} ${person.firstName}`);
    }
    expect(text).toContain(world.first.company.name);
    expect(text).not.toContain(world.withdrawn.company.name);
    expect(text).not.toContain(world.elsewhere.company.name);
  });

  it("is served as an attachment named after the day to staff, and is not found for others", async () => {
    const call = () =>
      getSheet(new Request("http://localhost/"), { params: Promise.resolve({ id: world.cluster.id, sessionId: world.later.id }) });
    actAs(world.charge.id);
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="emargement-2026-12-08-apres-midi.pdf"');
    expect(await pdfText(new Uint8Array(await response.arrayBuffer()))).toContain("Partage des diagnostics");
    actAs(world.national.id);
    expect((await call()).status).toBe(200);
    for (const userId of [world.otherCharge.id, world.first.user.id, null]) {
      actAs(userId);
      expect((await call()).status).toBe(404);
    }
    actAs(world.charge.id);
    const cancelled = await getSheet(new Request("http://localhost/"), {
      params: Promise.resolve({ id: world.cluster.id, sessionId: world.cancelled.id }),
    });
    expect(cancelled.status).toBe(404);
  });
});

describe("the iCal file", () => {
  it("holds the cluster's sessions still on, from the database", async () => {
    const calendar = await getSessionsCalendar(await scopeOf(world.charge.id), world.cluster.id);
    const text = buildSessionsCalendar({ name: calendar!.clusterName, aractName: calendar!.aractName }, calendar!.sessions);
    expect(text).toContain(`UID:${world.held.id}@clusters.anact.fr`);
    expect(text).toContain("DTSTART;TZID=Europe/Paris:20261208T140000");
    expect(text).not.toContain(world.cancelled.id);
    expect(text.replace(/\r\n /g, "")).toContain(`SUMMARY:${world.cluster.name} – Lancement`);
  });

  it("is served to the cluster's company members too, and to nobody outside the cluster", async () => {
    const call = () => getCalendar(new Request("http://localhost/"), { params: Promise.resolve({ id: world.cluster.id }) });
    actAs(world.first.user.id);
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="seances-cluster-\d+\.ics"$/);
    expect(await response.text()).toContain("BEGIN:VCALENDAR");
    for (const userId of [world.elsewhere.user.id, world.otherCharge.id, null]) {
      actAs(userId);
      expect((await call()).status).toBe(404);
    }
  });
});
