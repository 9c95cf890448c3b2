import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addActionAction,
  moveActionAction,
  removeActionAction,
  savePlanSummaryAction,
  updateActionAction,
} from "@/lib/action-plans/actions";
import { getActionPlan, getActionPlanProgress, listClusterPlans } from "@/lib/action-plans/queries";
import type { ActionInput } from "@/lib/action-plans/schemas";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createTwoAracts, enrolCompany, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  const { aract, cluster, member } = shared;
  await db.cluster.update({ where: { id: cluster.id }, data: { themes: ["EGALITE_PROFESSIONNELLE", "QVCT"] } });
  // The staff representative of the pair gets an account too: both members edit the plan.
  const staffRepUser = await db.user.create({ data: { email: member.staffRep.email!, name: "Thomas Guillou" } });
  await db.person.update({ where: { id: member.staffRep.id }, data: { userId: staffRepUser.id } });
  await db.user.update({ where: { id: member.user.id }, data: { name: "Marie Le Bihan" } });
  const neighbour = await enrolCompany(db, cluster.id, aract.id);
  const evaluated = await createCluster(db, aract.id);
  const frozen = await enrolCompany(db, evaluated.id, aract.id);
  await db.cluster.update({ where: { id: evaluated.id }, data: { status: "EVALUATED" } });
  return { ...shared, staffRepUser, neighbour, frozen };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const action = (overrides: Partial<ActionInput> = {}): ActionInput => ({
  domain: "REMUNERATION",
  objective: "Analyser les écarts de primes de poste",
  owner: "DRH",
  dueDate: "2027-03-31",
  indicator: "Écart moyen de primes femmes-hommes",
  status: "PLANNED",
  ...overrides,
});

const participationId = () => world.member.participation.id;

/** The plan as a caller sees it now: the version and the snapshot its next change sends back. */
async function load(userId: string) {
  const scope = (await buildScope(userId)) as Scope;
  const plan = await getActionPlan(scope, world.cluster.id, participationId());
  return { participationId: participationId(), version: plan!.version, loaded: plan!.snapshot };
}

const planRow = () =>
  db.actionPlan.findUnique({
    where: { participationId: participationId() },
    include: { actions: { orderBy: { position: "asc" } } },
  });

describe("building the plan together", () => {
  it("lets a pair member create the plan with a first action, recorded and audited", async () => {
    actAs(world.member.user.id);
    const base = await load(world.member.user.id);
    expect(base.version).toBe(0);
    const result = await addActionAction({ ...base, action: action() });
    expect(result).toMatchObject({ ok: true, data: { version: 1, clusterId: world.cluster.id } });
    const plan = await planRow();
    expect(plan).toMatchObject({ aractId: world.aract.id, version: 1 });
    expect(plan!.actions).toMatchObject([
      { position: 1, domain: "REMUNERATION", owner: "DRH", dueDate: new Date("2027-03-31"), status: "PLANNED", aractId: world.aract.id },
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: plan!.id, action: "action-plan.action-added" } });
    expect(audit).toMatchObject({ actorId: world.member.user.id, entityType: "ActionPlan" });
    expect(audit.changes).toMatchObject({ version: [0, 1], objective: "Analyser les écarts de primes de poste" });
  });

  it("lets the chargé de mission edit an action and the other pair member add one", async () => {
    actAs(world.charge.id);
    const first = (await planRow())!.actions[0]!;
    const edited = await updateActionAction({
      ...(await load(world.charge.id)),
      actionId: first.id,
      action: action({ status: "IN_PROGRESS", indicator: "" }),
    });
    expect(edited).toMatchObject({ ok: true, data: { version: 2 } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "action-plan.action-updated", actorId: world.charge.id } });
    expect(audit.changes).toMatchObject({ actionId: first.id, status: ["PLANNED", "IN_PROGRESS"], indicator: ["Écart moyen de primes femmes-hommes", null] });

    actAs(world.staffRepUser.id);
    const added = await addActionAction({
      ...(await load(world.staffRepUser.id)),
      action: action({ domain: "CONDITIONS_DE_TRAVAIL", objective: "Rotation des postes à l'emboîtage", owner: "Responsable de production", dueDate: "" }),
    });
    expect(added).toMatchObject({ ok: true, data: { version: 3 } });
    const plan = await planRow();
    expect(plan!.actions.map((a) => [a.position, a.objective, a.dueDate])).toEqual([
      [1, "Analyser les écarts de primes de poste", new Date("2027-03-31")],
      [2, "Rotation des postes à l'emboîtage", null],
    ]);
  });

  it("saves the summary, moves an action and removes one, keeping positions 1..n", async () => {
    actAs(world.member.user.id);
    expect((await savePlanSummaryAction({ ...(await load(world.member.user.id)), summary: "Plan de l'accord égalité" })).ok).toBe(true);
    const [first, second] = (await planRow())!.actions;
    expect((await moveActionAction({ ...(await load(world.member.user.id)), actionId: second!.id, direction: "up" })).ok).toBe(true);
    expect((await planRow())!.actions.map((a) => a.id)).toEqual([second!.id, first!.id]);
    const top = await moveActionAction({ ...(await load(world.member.user.id)), actionId: second!.id, direction: "up" });
    expect(top).toEqual({ ok: false, error: "Cette action est déjà la première du plan." });

    const extra = await addActionAction({ ...(await load(world.member.user.id)), action: action({ objective: "À retirer" }) });
    expect(extra.ok).toBe(true);
    const removed = await removeActionAction({ ...(await load(world.member.user.id)), actionId: second!.id });
    expect(removed.ok).toBe(true);
    const plan = await planRow();
    expect(plan!.summary).toBe("Plan de l'accord égalité");
    expect(plan!.actions.map((a) => [a.position, a.objective])).toEqual([
      [1, "Analyser les écarts de primes de poste"],
      [2, "À retirer"],
    ]);
    expect(await db.auditEvent.count({ where: { entityId: plan!.id, action: "action-plan.action-removed" } })).toBe(1);
  });

  it("refuses bad input with French messages next to the fields, and saves nothing", async () => {
    actAs(world.member.user.id);
    const before = await planRow();
    const base = await load(world.member.user.id);
    const empty = await addActionAction({ ...base, action: action({ objective: "  ", owner: "", dueDate: "31/03/2027" }) });
    expect(!empty.ok && empty.fieldErrors).toMatchObject({
      "action.objective": "Saisissez l'objectif de l'action.",
      "action.owner": "Saisissez qui porte l'action (une personne ou une fonction).",
      "action.dueDate": "Saisissez une date valide (jj/mm/aaaa).",
    });
    const foreign = await addActionAction({ ...base, action: action({ domain: "DROIT_A_LA_DECONNEXION" }) });
    expect(!foreign.ok && foreign.fieldErrors?.["action.domain"]).toBe("Choisissez un domaine parmi ceux des thèmes du cluster.");
    expect(await planRow()).toEqual(before);
  });
});

describe("two people editing the same plan", () => {
  it("refuses the stale change, says who changed what, and saves nothing", async () => {
    // Thomas loads the plan; Marie then changes an objective and adds an action.
    const thomasBase = await load(world.staffRepUser.id);
    actAs(world.member.user.id);
    const first = (await planRow())!.actions[0]!;
    expect(
      (await updateActionAction({ ...(await load(world.member.user.id)), actionId: first.id, action: action({ objective: "Supprimer les écarts de primes", status: "IN_PROGRESS", indicator: "" }) })).ok,
    ).toBe(true);
    expect((await addActionAction({ ...(await load(world.member.user.id)), action: action({ objective: "Former les managers" }) })).ok).toBe(true);
    const before = await planRow();

    actAs(world.staffRepUser.id);
    const stale = await addActionAction({ ...thomasBase, action: action({ objective: "Visite d'atelier pour les candidates" }) });
    expect(stale.ok).toBe(false);
    const error = !stale.ok ? stale.error : "";
    expect(error).toBe(
      "Pendant que vous modifiiez, Marie Le Bihan a changé : objectif de l'action 1 « Analyser les écarts de primes de poste » → " +
        "« Supprimer les écarts de primes » ; ajouté l'action « Former les managers ». Rien n'a été enregistré : votre saisie est " +
        "conservée, vous pouvez l'appliquer à la version à jour.",
    );
    expect(!stale.ok && stale.fieldErrors?.version).toBe(error);
    expect(await planRow()).toEqual(before);

    // Re-applied on the fresh version, it goes through.
    const again = await addActionAction({ ...(await load(world.staffRepUser.id)), action: action({ objective: "Visite d'atelier pour les candidates" }) });
    expect(again.ok).toBe(true);
  });

  it("recognises a change sent twice by its author (a lost answer) as made once, not as stale", async () => {
    actAs(world.member.user.id);
    const change = { ...(await load(world.member.user.id)), action: action({ objective: "Affichage des offres" }) };
    const first = await addActionAction(change);
    expect(first.ok).toBe(true);
    const after = await planRow();
    const events = await db.auditEvent.count({ where: { entityType: "ActionPlan" } });
    expect(await addActionAction(change)).toEqual(first);
    expect(await planRow()).toEqual(after);
    expect(await db.auditEvent.count({ where: { entityType: "ActionPlan" } })).toBe(events);
    // The same change on the same version by someone else is theirs to see refused.
    actAs(world.staffRepUser.id);
    const other = await addActionAction(change);
    expect(!other.ok && other.error).toMatch(/^Pendant que vous modifiiez, Marie Le Bihan a changé : ajouté l'action « Affichage des offres »/);
    expect(await planRow()).toEqual(after);
  });

  it("lets only one of two first changes made at once create a plan", async () => {
    actAs(world.neighbour.user.id);
    const scope = (await buildScope(world.neighbour.user.id)) as Scope;
    const plan = await getActionPlan(scope, world.cluster.id, world.neighbour.participation.id);
    const base = { participationId: world.neighbour.participation.id, version: plan!.version, loaded: plan!.snapshot };
    const results = await Promise.all([
      addActionAction({ ...base, action: action({ objective: "Première" }) }),
      addActionAction({ ...base, action: action({ objective: "Seconde" }) }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: expect.stringMatching(/^Pendant que vous modifiiez, Direction \d+ a changé : ajouté l'action/) });
    expect(await db.action.count({ where: { actionPlan: { participationId: world.neighbour.participation.id } } })).toBe(1);
  });
});

describe("who may change a plan", () => {
  it("answers a member of another company as if the plan did not exist", async () => {
    actAs(world.neighbour.user.id);
    const before = await planRow();
    const result = await addActionAction({ ...(await load(world.member.user.id)), action: action() });
    expect(!result.ok && result.error).toBe("Ce plan d'actions est introuvable, ou vous n'y avez pas accès.");
    expect(await planRow()).toEqual(before);
  });

  it("answers another Aract's chargé de mission as if the plan did not exist", async () => {
    actAs(world.otherCharge.id);
    const before = await planRow();
    const result = await savePlanSummaryAction({ ...(await load(world.member.user.id)), summary: "Intrusion" });
    expect(!result.ok && result.error).toMatch(/introuvable/);
    expect(await planRow()).toEqual(before);
  });

  it("refuses the national team and signed-out callers", async () => {
    for (const userId of [world.national.id, null]) {
      actAs(userId);
      expect(await addActionAction({ ...(await load(world.member.user.id)), action: action() })).toEqual(FORBIDDEN);
    }
  });

  it("refuses changes once the cluster is evaluated", async () => {
    actAs(world.frozen.user.id);
    const result = await addActionAction({ participationId: world.frozen.participation.id, version: 0, loaded: { summary: null, actions: [] }, action: action() });
    expect(!result.ok && result.error).toBe("Ce cluster est évalué : ses plans d'actions ne sont plus modifiables.");
    expect(await db.actionPlan.count({ where: { participationId: world.frozen.participation.id } })).toBe(0);
  });
});

describe("reading plans", () => {
  it("shows a company member their own company only, the staff every company, with progress", async () => {
    const member = (await buildScope(world.member.user.id)) as Scope;
    expect((await listClusterPlans(member, world.cluster.id)).map((p) => p.participationId)).toEqual([participationId()]);
    expect(await getActionPlan(member, world.cluster.id, world.neighbour.participation.id)).toBeNull();
    expect(await getActionPlanProgress(member, world.neighbour.participation.id)).toBeNull();

    const staff = (await buildScope(world.charge.id)) as Scope;
    expect(await listClusterPlans(staff, world.cluster.id)).toHaveLength(2);
    const first = (await planRow())!.actions[0]!;
    actAs(world.charge.id);
    await updateActionAction({ ...(await load(world.charge.id)), actionId: first.id, action: action({ status: "DONE" }) });
    const progress = await getActionPlanProgress(member, participationId());
    expect(progress?.progress).toMatchObject({ total: 5, done: 1, counted: 5, percent: 20 });

    const other = (await buildScope(world.otherCharge.id)) as Scope;
    expect(await getActionPlan(other, world.cluster.id, participationId())).toBeNull();
  });
});
