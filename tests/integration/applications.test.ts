import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptApplicationAction,
  declineApplicationAction,
  routeApplicationAction,
  submitApplicationAction,
} from "@/lib/applications/actions";
import { ALREADY_DECIDED, APPLICATION_LIMIT_PER_EMAIL, APPLICATION_LIMIT_PER_IP, NOT_OPEN, TOO_MANY_APPLICATIONS } from "@/lib/applications/rules";
import { CONSENT_MESSAGE, type ApplicationInput } from "@/lib/applications/schemas";
import { withSiretCheckDigit } from "@/lib/companies/siret";
import { INVALID_FORM } from "@/lib/actions/result";
import { actAs, actFrom, FORBIDDEN } from "../support/session";
import { createCluster, createTwoAracts, testDb } from "../factories";

const db = testDb();
let w: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  await db.aract.update({ where: { id: shared.aract.id }, data: { departements: ["29", "56"] } });
  await db.aract.update({ where: { id: shared.other.id }, data: { departements: ["67"] } });
  const recruiting = await createCluster(db, shared.aract.id, { staffUserId: shared.charge.id });
  await db.cluster.update({ where: { id: recruiting.id }, data: { status: "RECRUITING" } });
  const programme = await db.programme.create({ data: { code: `NAT-${Date.now()}`, name: "Programme national QVCT" } });
  return { ...shared, recruiting, programme };
}

beforeAll(async () => {
  w = await build();
});
afterAll(() => db.$disconnect());

let n = 0;
function application(overrides: Partial<ApplicationInput> = {}, postalCode = "29200"): ApplicationInput {
  n += 1;
  return {
    target: { kind: "cluster", id: w.recruiting.id },
    company: {
      name: `Crèche Les Lutins ${n}`,
      siret: withSiretCheckDigit(`41${String(n).padStart(11, "0")}`),
      nafCode: "8891A",
      headcount: 24,
      postalCode,
      city: "Brest",
    },
    direction: { firstName: "Anne", lastName: `Le Du ${n}`, jobTitle: "Directrice", email: `anne.${n}@lutins.fr` },
    staffRepresentative: { firstName: "Loïc", lastName: `Bras ${n}`, jobTitle: "Élu du CSE", email: `loic.${n}@lutins.fr` },
    project: "Prévenir l'usure des équipes auprès des enfants.",
    consent: true,
    website: "",
    ...overrides,
  };
}

const counts = async () => ({
  applications: await db.application.count(),
  requests: await db.applicationRequest.count(),
  outbox: await db.outboxEmail.count(),
  companies: await db.company.count(),
  persons: await db.person.count(),
  participations: await db.participation.count(),
});
const received = { ok: true, data: { received: true } };
const latest = () => db.application.findFirstOrThrow({ orderBy: { createdAt: "desc" } });

describe("applying from a public page", () => {
  it("stores an application to a cluster, confirms it by e-mail, audits it, and writes nothing else of the Aract's", async () => {
    actAs(null);
    actFrom("198.51.100.1");
    const before = await counts();
    const input = application();
    expect(await submitApplicationAction(input)).toEqual(received);
    const saved = await latest();
    expect(saved).toMatchObject({
      aractId: w.aract.id,
      clusterId: w.recruiting.id,
      status: "PENDING",
      siret: input.company.siret,
      nafCode: "88.91A",
      directionEmail: input.direction.email,
      project: input.project,
    });
    expect(saved.consentAt).toBeInstanceOf(Date);
    const after = await counts();
    expect(after).toEqual({ ...before, applications: before.applications + 1, requests: before.requests + 1, outbox: before.outbox + 1 });
    const [mail] = await db.outboxEmail.findMany({ where: { to: input.direction.email } });
    // Nothing the applicant typed: the address is not checked yet.
    expect(mail!.subject).toBe("Candidature reçue");
    expect(mail!.text).not.toContain(input.company.name);
    expect(mail!.text).toContain(`/candidater/clusters/${w.recruiting.id}`);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: saved.id } });
    expect(audit).toMatchObject({ action: "application.submitted", actorId: null, aractId: w.aract.id });
  });

  it("routes a national programme's application by postcode, or leaves it to the national team", async () => {
    actAs(null);
    actFrom("198.51.100.2");
    const target = { kind: "programme" as const, id: w.programme.id };
    expect(await submitApplicationAction(application({ target }, "56100"))).toEqual(received);
    expect(await latest()).toMatchObject({ aractId: w.aract.id, programmeId: w.programme.id, clusterId: null });
    expect(await submitApplicationAction(application({ target }, "69001"))).toEqual(received);
    expect(await latest()).toMatchObject({ aractId: null, programmeId: w.programme.id });
    const [mail] = await db.outboxEmail.findMany({ where: { to: `anne.${n}@lutins.fr` } });
    expect(mail!.text).toContain("L'équipe nationale de l'Anact la transmet à l'Aract de votre région");
  });

  it("answers the same for a structure the Aract already follows, and changes nothing of its record", async () => {
    actAs(null);
    actFrom("198.51.100.3");
    const known = w.member.company;
    const result = await submitApplicationAction(
      application({ company: { ...application().company, siret: known.siret, name: "Autre nom", headcount: 999 } }),
    );
    expect(result).toEqual(received);
    expect(await db.company.findUniqueOrThrow({ where: { id: known.id } })).toEqual(known);
  });

  it("answers a robot filling the hidden field as anyone, and stores nothing", async () => {
    actAs(null);
    actFrom("198.51.100.4");
    const before = await counts();
    expect(await submitApplicationAction(application({ website: "https://spam.example" }))).toEqual(received);
    expect(await counts()).toEqual(before);
  });

  it("refuses a closed call and bad input in French, storing nothing", async () => {
    actAs(null);
    actFrom("198.51.100.5");
    const before = await counts();
    expect(await submitApplicationAction(application({ target: { kind: "cluster", id: w.cluster.id } }))).toEqual({
      ok: false,
      error: NOT_OPEN,
    });
    expect(await submitApplicationAction(application({ target: { kind: "programme", id: "inconnu" } }))).toEqual({
      ok: false,
      error: NOT_OPEN,
    });
    const refused = await submitApplicationAction({ ...application(), consent: false as unknown as true });
    expect(refused).toEqual({ ok: false, error: INVALID_FORM, fieldErrors: { consent: CONSENT_MESSAGE } });
    expect(await counts()).toEqual(before);
  });

  it("refuses a flood past the limit per IP and per address, with nothing stored", async () => {
    actAs(null);
    actFrom("203.0.113.9");
    for (let i = 0; i < APPLICATION_LIMIT_PER_IP; i++) expect(await submitApplicationAction(application())).toEqual(received);
    const before = await counts();
    for (let i = 0; i < 5; i++) {
      expect(await submitApplicationAction(application())).toEqual({ ok: false, error: TOO_MANY_APPLICATIONS });
    }
    expect(await counts()).toEqual(before);

    const email = "la.meme@adresse.fr";
    const fromAddress = (i: number) => {
      actFrom(`203.0.113.${100 + i}`);
      return application({ direction: { firstName: "Anne", lastName: "Même", jobTitle: "", email } });
    };
    for (let i = 0; i < APPLICATION_LIMIT_PER_EMAIL; i++) expect(await submitApplicationAction(fromAddress(i))).toEqual(received);
    const beforeAddress = await counts();
    expect(await submitApplicationAction(fromAddress(50))).toEqual({ ok: false, error: TOO_MANY_APPLICATIONS });
    expect(await counts()).toEqual(beforeAddress);
  });
});

async function pending(aractId: string | null = w.aract.id) {
  actAs(null);
  actFrom(`192.0.2.${(n % 200) + 1}`);
  const target = aractId === null ? { kind: "programme" as const, id: w.programme.id } : undefined;
  expect(await submitApplicationAction(application(target ? { target } : {}, aractId === null ? "69001" : "29200"))).toEqual(received);
  return latest();
}

describe("deciding an application", () => {
  it("accepts it: the structure is enrolled with its pair, its history starting with its candidacy, and both are invited", async () => {
    const submitted = await pending();
    actAs(w.charge.id);
    const result = await acceptApplicationAction({ applicationId: submitted.id, version: 1, clusterId: w.recruiting.id });
    expect(result).toMatchObject({ ok: true, data: { clusterId: w.recruiting.id, invited: 2 } });
    const participationId = result.ok ? result.data.participationId : "";
    const participation = await db.participation.findUniqueOrThrow({
      where: { id: participationId },
      include: { company: true, statusChanges: { orderBy: { changedAt: "asc" } }, pairMembers: { include: { person: true } } },
    });
    expect(participation).toMatchObject({ status: "ENROLLED", project: submitted.project, headcountAtEntry: 24 });
    expect(participation.company).toMatchObject({ siret: submitted.siret, name: submitted.companyName, postalCode: "29200" });
    expect(participation.statusChanges.map((change) => [change.fromStatus, change.toStatus, change.changedById])).toEqual([
      [null, "CANDIDATE", null],
      ["CANDIDATE", "ENROLLED", w.charge.id],
    ]);
    expect(participation.statusChanges[0]!.changedAt).toEqual(submitted.createdAt);
    expect(participation.pairMembers.every((seat) => seat.invitedAt !== null)).toBe(true);
    for (const to of [submitted.directionEmail, submitted.staffEmail!]) {
      expect(await db.outboxEmail.count({ where: { to, subject: { contains: "invitation" } } })).toBe(1);
    }
    expect(await db.application.findUniqueOrThrow({ where: { id: submitted.id } })).toMatchObject({
      status: "ACCEPTED",
      participationId,
      decidedById: w.charge.id,
      version: 2,
    });
    expect(await db.auditEvent.count({ where: { entityId: submitted.id, action: "application.accepted" } })).toBe(1);
    expect(await acceptApplicationAction({ applicationId: submitted.id, version: 2, clusterId: w.recruiting.id })).toEqual({
      ok: false,
      error: ALREADY_DECIDED,
    });
  });

  it("refuses another Aract, the national team, a stale version and a structure already in the cluster", async () => {
    const submitted = await pending();
    const input = { applicationId: submitted.id, version: 1, clusterId: w.recruiting.id };
    actAs(w.otherCharge.id);
    expect(await acceptApplicationAction(input)).toEqual({ ok: false, error: "Cette candidature est introuvable, ou vous n'y avez pas accès." });
    actAs(w.national.id);
    expect(await acceptApplicationAction(input)).toEqual(FORBIDDEN);
    actAs(w.charge.id);
    expect(await acceptApplicationAction({ ...input, version: 7 })).toEqual({ ok: false, error: ALREADY_DECIDED });

    actAs(null);
    await submitApplicationAction(application({ company: { ...application().company, siret: w.member.company.siret } }));
    const known = await latest();
    actAs(w.charge.id);
    const refused = await acceptApplicationAction({ applicationId: known.id, version: 1, clusterId: w.cluster.id });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { clusterId: expect.stringContaining("est déjà dans ce cluster") } });
    expect(await db.application.findUniqueOrThrow({ where: { id: known.id } })).toMatchObject({ status: "PENDING" });

    // Only a cluster in recruitment or running, as the page offers.
    const draft = await createCluster(db, w.aract.id);
    await db.cluster.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
    const current = await db.application.findUniqueOrThrow({ where: { id: known.id } });
    expect(await acceptApplicationAction({ applicationId: known.id, version: current.version, clusterId: draft.id })).toMatchObject({
      ok: false,
      fieldErrors: { clusterId: "Choisissez un cluster en recrutement ou en cours." },
    });
  });

  it("accepts once when two decisions arrive at the same moment", async () => {
    const submitted = await pending();
    actAs(w.charge.id);
    const input = { applicationId: submitted.id, version: 1, clusterId: w.recruiting.id };
    const results = await Promise.all([acceptApplicationAction(input), acceptApplicationAction(input)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, error: ALREADY_DECIDED });
    expect(await db.participation.count({ where: { company: { siret: submitted.siret }, clusterId: w.recruiting.id } })).toBe(1);
  });

  it("declines it with a reason the structure receives by e-mail", async () => {
    const submitted = await pending();
    actAs(w.charge.id);
    expect(await declineApplicationAction({ applicationId: submitted.id, version: 1, reason: " " })).toMatchObject({
      ok: false,
      error: INVALID_FORM,
    });
    const reason = "Le cluster est complet ; le prochain ouvre en septembre.";
    expect(await declineApplicationAction({ applicationId: submitted.id, version: 1, reason })).toEqual({
      ok: true,
      data: { applicationId: submitted.id },
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: submitted.id } })).toMatchObject({ status: "DECLINED", declineReason: reason });
    const mails = await db.outboxEmail.findMany({ where: { to: submitted.directionEmail }, orderBy: { createdAt: "asc" } });
    expect(mails.at(-1)!.text).toContain(reason);
    expect(await db.auditEvent.count({ where: { entityId: submitted.id, action: "application.declined" } })).toBe(1);
    actAs(w.otherCharge.id);
    expect(await declineApplicationAction({ applicationId: submitted.id, version: 2, reason })).toMatchObject({ ok: false });
  });

  it("lets the national team route an unrouted application to an Aract, which then decides it", async () => {
    const submitted = await pending(null);
    actAs(w.charge.id);
    expect(await routeApplicationAction({ applicationId: submitted.id, version: 1, aractId: w.aract.id })).toEqual(FORBIDDEN);
    expect(await declineApplicationAction({ applicationId: submitted.id, version: 1, reason: "Non." })).toMatchObject({ ok: false });
    actAs(w.national.id);
    const unknownAract = await routeApplicationAction({ applicationId: submitted.id, version: 1, aractId: "inconnue" });
    expect(unknownAract).toMatchObject({
      ok: false,
      fieldErrors: { aractId: expect.any(String) },
    });
    expect(await routeApplicationAction({ applicationId: submitted.id, version: 1, aractId: w.other.id })).toEqual({
      ok: true,
      data: { applicationId: submitted.id },
    });
    expect(await db.auditEvent.findFirstOrThrow({ where: { entityId: submitted.id, action: "application.routed" } })).toMatchObject({
      aractId: w.other.id,
      actorId: w.national.id,
    });
    // Routed, it is the Aract's: no longer on the national list.
    expect(await routeApplicationAction({ applicationId: submitted.id, version: 2, aractId: w.aract.id })).toMatchObject({ ok: false });
    actAs(w.otherCharge.id);
    const otherCluster = await createCluster(db, w.other.id);
    expect(await acceptApplicationAction({ applicationId: submitted.id, version: 2, clusterId: otherCluster.id })).toMatchObject({ ok: true });
  });
});
