import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { addClusterTemplateAction, removeClusterTemplateAction, switchClusterTemplateVersionAction } from "@/lib/templates/actions";
import { publishTemplate } from "@/lib/templates/mutations";
import { getClusterTemplateChoices, getTemplateContent, listClusterTemplates } from "@/lib/templates/queries";
import { EGALITE_PROFESSIONNELLE } from "@/lib/templates/packs/egalite-professionnelle";
import { QVCT } from "@/lib/templates/packs/qvct";
import { TELETRAVAIL } from "@/lib/templates/packs/teletravail";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createDiagnosticTemplate, createResponseWithAnswers, createTwoAracts, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const base = await createTwoAracts(db);
  const qvct = await publishTemplate(db, QVCT);
  const egalite = await publishTemplate(db, EGALITE_PROFESSIONNELLE);
  const teletravail = await publishTemplate(db, TELETRAVAIL);
  return { ...base, qvct, egalite, teletravail };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

async function scopeOf(userId: string): Promise<Scope> {
  const scope = await buildScope(userId);
  if (!scope) throw new Error("no scope");
  return scope;
}

const chosenKeys = async (clusterId: string) =>
  (await db.clusterTemplate.findMany({ where: { clusterId }, select: { template: { select: { key: true, version: true } } } }))
    .map((row) => `${row.template.key}@${row.template.version}`)
    .sort();

describe("choosing a cluster's templates", () => {
  it("adds the latest national version, with an audit entry, and lists it for the helpers", async () => {
    actAs(world.charge.id);
    const result = await addClusterTemplateAction({ clusterId: world.cluster.id, key: "egalite-professionnelle" });
    expect(result).toEqual({ ok: true, data: { templateId: world.egalite.templateId } });
    expect(await chosenKeys(world.cluster.id)).toEqual(["egalite-professionnelle@1"]);
    expect(
      await db.auditEvent.findFirst({ where: { entityId: world.cluster.id, action: "cluster.template-added" }, select: { actorId: true, changes: true } }),
    ).toEqual({ actorId: world.charge.id, changes: { template: "egalite-professionnelle", version: 1 } });

    const templates = await listClusterTemplates(await scopeOf(world.member.user.id), world.cluster.id);
    expect(templates).toEqual([
      { templateId: world.egalite.templateId, key: "egalite-professionnelle", version: 1, title: EGALITE_PROFESSIONNELLE.title, theme: "EGALITE_PROFESSIONNELLE" },
    ]);
    expect(await listClusterTemplates(await scopeOf(world.otherCharge.id), world.cluster.id)).toEqual([]);
  });

  it("refuses a template already chosen, an unknown one and an empty choice, with French field errors", async () => {
    actAs(world.charge.id);
    const twice = await addClusterTemplateAction({ clusterId: world.cluster.id, key: "egalite-professionnelle" });
    expect(!twice.ok && twice.fieldErrors).toEqual({ key: "Ce modèle est déjà choisi pour ce cluster." });
    const unknown = await addClusterTemplateAction({ clusterId: world.cluster.id, key: "inconnu" });
    expect(!unknown.ok && unknown.fieldErrors?.key).toMatch(/n'existe pas/);
    const empty = await addClusterTemplateAction({ clusterId: world.cluster.id, key: "" });
    expect(!empty.ok && empty.fieldErrors).toEqual({ key: "Choisissez un modèle." });
    expect(await chosenKeys(world.cluster.id)).toEqual(["egalite-professionnelle@1"]);
  });

  it("answers another Aract's chargé de mission as if the cluster did not exist, and changes nothing", async () => {
    actAs(world.otherCharge.id);
    const add = await addClusterTemplateAction({ clusterId: world.cluster.id, key: "qvct" });
    expect(!add.ok && add.error).toBe("Ce cluster est introuvable, ou vous n'y avez pas accès.");
    const remove = await removeClusterTemplateAction({ clusterId: world.cluster.id, templateId: world.egalite.templateId });
    expect(!remove.ok && remove.error).toMatch(/introuvable/);
    expect(await chosenKeys(world.cluster.id)).toEqual(["egalite-professionnelle@1"]);
  });

  it("refuses company members and the national team", async () => {
    for (const userId of [world.member.user.id, world.national.id, null]) {
      actAs(userId);
      expect(await addClusterTemplateAction({ clusterId: world.cluster.id, key: "qvct" })).toEqual(FORBIDDEN);
      expect(await removeClusterTemplateAction({ clusterId: world.cluster.id, templateId: world.egalite.templateId })).toEqual(FORBIDDEN);
      expect(await switchClusterTemplateVersionAction({ clusterId: world.cluster.id, templateId: world.egalite.templateId })).toEqual(FORBIDDEN);
    }
    expect(await chosenKeys(world.cluster.id)).toEqual(["egalite-professionnelle@1"]);
  });

  it("removes a template nobody has answered, with an audit entry", async () => {
    actAs(world.charge.id);
    await addClusterTemplateAction({ clusterId: world.cluster.id, key: "teletravail" });
    const result = await removeClusterTemplateAction({ clusterId: world.cluster.id, templateId: world.teletravail.templateId });
    expect(result.ok).toBe(true);
    expect(await chosenKeys(world.cluster.id)).toEqual(["egalite-professionnelle@1"]);
    expect(await db.auditEvent.count({ where: { entityId: world.cluster.id, action: "cluster.template-removed", actorId: world.charge.id } })).toBe(1);
  });

  it("refuses to remove a template that already has responses in this cluster", async () => {
    await createResponseWithAnswers(db, world.member.participation, { templateId: world.egalite.templateId, personId: world.member.direction.id });
    actAs(world.charge.id);
    const result = await removeClusterTemplateAction({ clusterId: world.cluster.id, templateId: world.egalite.templateId });
    expect(result).toEqual({
      ok: false,
      error: "Des réponses ont déjà été saisies pour ce diagnostic dans ce cluster : il ne peut plus être retiré.",
      fieldErrors: undefined,
    });
    expect(await chosenKeys(world.cluster.id)).toEqual(["egalite-professionnelle@1"]);
  });
});

describe("moving a cluster to a newer version", () => {
  it("keeps the chosen version until the chargé de mission moves, and only while nobody has answered", async () => {
    const cluster = await createCluster(db, world.aract.id, { staffUserId: world.charge.id });
    actAs(world.charge.id);
    await addClusterTemplateAction({ clusterId: cluster.id, key: "qvct" });
    const v2 = await publishTemplate(db, { ...QVCT, title: `${QVCT.title} – révisé` });
    expect(v2).toMatchObject({ published: true, version: 2 });
    expect(await chosenKeys(cluster.id)).toEqual(["qvct@1"]);

    const scope = await scopeOf(world.charge.id);
    const choices = await getClusterTemplateChoices(scope, cluster.id);
    expect(choices.chosen).toMatchObject([{ key: "qvct", version: 1, latestVersion: 2, responseCount: 0 }]);
    expect(choices.available.map((a) => a.key).sort()).toEqual(["egalite-professionnelle", "teletravail"]);

    const moved = await switchClusterTemplateVersionAction({ clusterId: cluster.id, templateId: world.qvct.templateId });
    expect(moved).toEqual({ ok: true, data: { templateId: v2.templateId, version: 2 } });
    expect(await chosenKeys(cluster.id)).toEqual(["qvct@2"]);
    expect(
      await db.auditEvent.findFirst({ where: { entityId: cluster.id, action: "cluster.template-version-changed" }, select: { changes: true } }),
    ).toEqual({ changes: { template: "qvct", version: [1, 2] } });

    const again = await switchClusterTemplateVersionAction({ clusterId: cluster.id, templateId: v2.templateId });
    expect(!again.ok && again.error).toMatch(/déjà la dernière version/);
  });

  it("refuses to move a cluster whose companies have answered the current version", async () => {
    const cluster = await createCluster(db, world.aract.id, { staffUserId: world.charge.id });
    const [v1] = await db.diagnosticTemplate.findMany({ where: { key: "egalite-professionnelle" }, orderBy: { version: "asc" } });
    await db.clusterTemplate.create({ data: { aractId: world.aract.id, clusterId: cluster.id, templateId: v1!.id } });
    await publishTemplate(db, { ...EGALITE_PROFESSIONNELLE, description: "Version révisée." });
    const participation = await db.participation.create({
      data: { aractId: world.aract.id, clusterId: cluster.id, companyId: world.member.company.id, status: "ENROLLED", headcountAtEntry: 40 },
    });
    await createResponseWithAnswers(db, participation, { templateId: v1!.id, personId: world.member.staffRep.id, side: "STAFF_REPRESENTATIVE" });

    actAs(world.charge.id);
    const result = await switchClusterTemplateVersionAction({ clusterId: cluster.id, templateId: v1!.id });
    expect(!result.ok && result.error).toMatch(/il reste sur sa version actuelle/);
    expect(await chosenKeys(cluster.id)).toEqual(["egalite-professionnelle@1"]);
    const choices = await getClusterTemplateChoices(await scopeOf(world.charge.id), cluster.id);
    expect(choices.chosen).toMatchObject([{ version: 1, latestVersion: 2, responseCount: 1 }]);
  });

  it("refuses every change once the cluster is evaluated", async () => {
    const cluster = await createCluster(db, world.aract.id, { staffUserId: world.charge.id });
    await db.cluster.update({ where: { id: cluster.id }, data: { status: "EVALUATED" } });
    actAs(world.charge.id);
    const result = await addClusterTemplateAction({ clusterId: cluster.id, key: "qvct" });
    expect(!result.ok && result.error).toMatch(/Ce cluster est évalué/);
    expect(await chosenKeys(cluster.id)).toEqual([]);
  });
});

describe("reading a template's content", () => {
  it("gives sections and questions in order, with their options", async () => {
    const content = await getTemplateContent(await scopeOf(world.member.user.id), world.egalite.templateId);
    expect(content?.map((s) => s.key)).toEqual(EGALITE_PROFESSIONNELLE.sections.map((s) => s.key));
    expect(content?.[0]?.questions.map((q) => q.key)).toEqual(EGALITE_PROFESSIONNELLE.sections[0]!.questions.map((q) => q.key));
    const [scale, percentage] = content?.[0]?.questions ?? [];
    expect(scale).toMatchObject({ type: "SCALE", required: true, help: null });
    expect(scale?.options.map((o) => o.value)).toEqual(["1", "2", "3", "4", "5"]);
    expect(percentage).toMatchObject({ type: "PERCENTAGE", options: [] });
  });

  it("hides another Aract's own template", async () => {
    const { template } = await createDiagnosticTemplate(db, { aractId: world.other.id });
    expect(await getTemplateContent(await scopeOf(world.charge.id), template.id)).toBeNull();
    expect(await getTemplateContent(await scopeOf(world.otherCharge.id), template.id)).not.toBeNull();
    expect(await getTemplateContent(await scopeOf(world.national.id), template.id)).not.toBeNull();
  });
});
