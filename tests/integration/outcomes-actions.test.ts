import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutcomeAction, updateOutcomeAction } from "@/lib/outcomes/actions";
import type { OutcomeInput } from "@/lib/outcomes/schemas";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createTwoAracts, enrolCompany, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  // The shared world's enrolled company is the small one here.
  const { member: small, ...shared } = await createTwoAracts(db);
  const { aract, charge, cluster } = shared;
  await db.cluster.update({ where: { id: cluster.id }, data: { themes: ["EGALITE_PROFESSIONNELLE", "QVCT"] } });
  const large = await enrolCompany(db, cluster.id, aract.id);
  await db.participation.update({ where: { id: large.participation.id }, data: { headcountAtEntry: 340 } });
  const sibling = await createCluster(db, aract.id, { staffUserId: charge.id });
  const siblingMember = await enrolCompany(db, sibling.id, aract.id);
  return { ...shared, small, large, siblingMember };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const input = (overrides: Partial<OutcomeInput> = {}): OutcomeInput => ({
  clusterId: world.cluster.id,
  participationId: world.small.participation.id,
  kind: "ACCORD",
  theme: "EGALITE_PROFESSIONNELLE",
  status: "SIGNED",
  signedAt: "2026-10-15",
  depositedAt: "",
  depositReference: "",
  domains: ["EMBAUCHE", "FORMATION", "REMUNERATION"],
  ...overrides,
});

const countOutcomes = () => db.outcome.count({ where: { participation: { clusterId: world.cluster.id } } });

describe("recording an outcome", () => {
  it("saves a signed accord with its domains and an audit entry", async () => {
    actAs(world.charge.id);
    const result = await createOutcomeAction(input());
    expect(result).toMatchObject({ ok: true, data: { warning: null } });
    const id = result.ok ? result.data.id : "";
    const saved = await db.outcome.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({
      aractId: world.aract.id,
      participationId: world.small.participation.id,
      kind: "ACCORD",
      status: "SIGNED",
      signedAt: new Date("2026-10-15"),
      depositedAt: null,
      domains: ["EMBAUCHE", "FORMATION", "REMUNERATION"],
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "outcome.created" } });
    expect(audit).toMatchObject({ actorId: world.charge.id, aractId: world.aract.id, entityType: "Outcome" });
    expect(audit.changes).toMatchObject({ status: "SIGNED", signedAt: "2026-10-15" });
  });

  it("refuses a deposit date before the signature, and saves nothing", async () => {
    actAs(world.charge.id);
    const before = await countOutcomes();
    const result = await createOutcomeAction(
      input({
        participationId: world.large.participation.id,
        status: "DEPOSITED",
        signedAt: "2026-10-15",
        depositedAt: "2026-10-01",
      }),
    );
    expect(!result.ok && result.fieldErrors?.depositedAt).toBe(
      "La date de dépôt ne peut pas précéder la date de signature.",
    );
    expect(await countOutcomes()).toBe(before);
  });

  it("refuses a signed égalité accord that falls short of the legal rule, with the reason", async () => {
    actAs(world.charge.id);
    const before = await countOutcomes();
    const result = await createOutcomeAction(
      input({ participationId: world.large.participation.id, domains: ["EMBAUCHE", "FORMATION", "REMUNERATION"] }),
    );
    expect(!result.ok && result.fieldErrors?.domains).toBe(
      "Il manque 1 domaine : 4 domaines au moins pour une entreprise de 300 salarié·es ou plus, dont la rémunération effective.",
    );
    expect(await countOutcomes()).toBe(before);
  });

  it("saves an égalité plan in preparation that falls short, and says so", async () => {
    actAs(world.charge.id);
    const result = await createOutcomeAction(
      input({
        participationId: world.large.participation.id,
        kind: "PLAN_ACTION",
        status: "IN_PREPARATION",
        signedAt: "2026-10-15",
        domains: ["EMBAUCHE"],
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.data.warning).toMatch(/^Il manque 3 domaines : 4 domaines au moins.*obligatoire\.$/);
    // The signature date does not go with a plan in preparation: it is not kept.
    const saved = await db.outcome.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" } });
    expect(saved).toMatchObject({ status: "IN_PREPARATION", signedAt: null, domains: ["EMBAUCHE"] });
  });

  it("refuses a second outcome on the same theme, a theme outside the cluster, and a company of another cluster", async () => {
    actAs(world.charge.id);
    const before = await countOutcomes();
    const twin = await createOutcomeAction(input());
    expect(!twin.ok && twin.fieldErrors?.theme).toMatch(/déjà un résultat sur ce thème/);
    const theme = await createOutcomeAction(input({ theme: "TELETRAVAIL", domains: [] }));
    expect(!theme.ok && theme.fieldErrors?.theme).toBe("Choisissez un thème de ce cluster.");
    const company = await createOutcomeAction(input({ participationId: world.siblingMember.participation.id }));
    expect(!company.ok && company.fieldErrors?.participationId).toBe("Choisissez une entreprise de ce cluster.");
    expect(await countOutcomes()).toBe(before);
  });

  it("saves a second outcome on another theme of the cluster", async () => {
    actAs(world.charge.id);
    const result = await createOutcomeAction(
      input({ theme: "QVCT", kind: "PLAN_ACTION", status: "IN_PREPARATION", domains: ["SANTE_AU_TRAVAIL"] }),
    );
    expect(result).toMatchObject({ ok: true, data: { warning: null } });
  });

  it("answers another Aract's chargé de mission as not found, and refuses company members and the national team", async () => {
    const before = await countOutcomes();
    actAs(world.otherCharge.id);
    const result = await createOutcomeAction(input({ theme: "QVCT", domains: [] }));
    expect(!result.ok && result.error).toMatch(/introuvable/);
    for (const userId of [world.small.user.id, world.national.id]) {
      actAs(userId);
      expect(await createOutcomeAction(input({ theme: "QVCT", domains: [] }))).toEqual(FORBIDDEN);
    }
    expect(await countOutcomes()).toBe(before);
  });
});

describe("editing an outcome", () => {
  async function accord() {
    const company = await enrolCompany(db, world.cluster.id, world.aract.id);
    const outcome = await db.outcome.create({
      data: {
        aractId: world.aract.id,
        participationId: company.participation.id,
        kind: "ACCORD",
        theme: "EGALITE_PROFESSIONNELLE",
        status: "SIGNED",
        signedAt: new Date("2026-10-15"),
        domains: ["EMBAUCHE", "FORMATION", "REMUNERATION"],
      },
    });
    return { company, outcome };
  }

  it("records the deposit, and what changed, then refuses a stale version", async () => {
    const { company, outcome } = await accord();
    actAs(world.charge.id);
    const values = input({
      participationId: company.participation.id,
      status: "DEPOSITED",
      depositedAt: "2026-11-02",
      depositReference: "T02926000123",
    });
    const result = await updateOutcomeAction({ id: outcome.id, version: 1, outcome: values });
    expect(result.ok).toBe(true);
    const saved = await db.outcome.findUniqueOrThrow({ where: { id: outcome.id } });
    expect(saved).toMatchObject({
      status: "DEPOSITED",
      depositedAt: new Date("2026-11-02"),
      depositReference: "T02926000123",
      version: 2,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: outcome.id, action: "outcome.updated" } });
    expect(audit.actorId).toBe(world.charge.id);
    expect(audit.changes).toMatchObject({ status: ["SIGNED", "DEPOSITED"], depositedAt: [null, "2026-11-02"] });

    const stale = await updateOutcomeAction({
      id: outcome.id,
      version: 1,
      outcome: { ...values, depositReference: "autre" },
    });
    expect(!stale.ok && stale.error).toMatch(/modifié par quelqu'un d'autre/);
  });

  it("refuses a deposit before the signature on edit, and keeps the outcome as it was", async () => {
    const { company, outcome } = await accord();
    actAs(world.charge.id);
    const result = await updateOutcomeAction({
      id: outcome.id,
      version: 1,
      outcome: input({ participationId: company.participation.id, status: "DEPOSITED", depositedAt: "2026-10-14" }),
    });
    expect(!result.ok && result.fieldErrors?.["outcome.depositedAt"]).toMatch(/ne peut pas précéder/);
    expect(await db.outcome.findUniqueOrThrow({ where: { id: outcome.id } })).toMatchObject({
      status: "SIGNED",
      version: 1,
    });
  });

  it("answers another Aract's chargé de mission as not found, and refuses a company member", async () => {
    const { company, outcome } = await accord();
    const values = {
      id: outcome.id,
      version: 1,
      outcome: input({ participationId: company.participation.id, status: "IN_PREPARATION" }),
    };
    actAs(world.otherCharge.id);
    const result = await updateOutcomeAction(values);
    expect(!result.ok && result.error).toMatch(/introuvable/);
    actAs(company.user.id);
    expect(await updateOutcomeAction(values)).toEqual(FORBIDDEN);
    expect(await db.outcome.findUniqueOrThrow({ where: { id: outcome.id } })).toMatchObject({
      status: "SIGNED",
      version: 1,
    });
  });

  it("refuses changes once the cluster is evaluated", async () => {
    const { company, outcome } = await accord();
    await db.cluster.update({ where: { id: world.cluster.id }, data: { status: "EVALUATED" } });
    try {
      actAs(world.charge.id);
      const result = await updateOutcomeAction({
        id: outcome.id,
        version: 1,
        outcome: input({ participationId: company.participation.id, status: "IN_PREPARATION" }),
      });
      expect(!result.ok && result.error).toMatch(/évalué/);
    } finally {
      await db.cluster.update({ where: { id: world.cluster.id }, data: { status: "RUNNING" } });
    }
  });
});
