import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attachResourceAction,
  createResourceAction,
  deleteResourceAction,
  detachResourceAction,
  featureResourceAction,
  updateResourceAction,
} from "@/lib/resources/actions";
import { listResources } from "@/lib/resources/queries";
import { GET } from "@/app/ressources/[id]/fichier/route";
import { buildScope, type Scope } from "@/lib/auth/scope";
import type { ResourceInput } from "@/lib/resources/schemas";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createTwoAracts, enrolCompany, planSession, testDb } from "../factories";

// The network's resources: published with a file checked by its content or a link, shared, featured,
// attached to a cluster or a session, and downloaded only by who reaches them.

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = new Uint8Array(Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex"));

async function build() {
  const shared = await createTwoAracts(db);
  const session = await planSession(db, shared.cluster, { date: "2026-11-10" });
  const otherCluster = await createCluster(db, shared.aract.id);
  const neighbour = await enrolCompany(db, otherCluster.id, shared.aract.id);
  const foreignCluster = await createCluster(db, shared.other.id);
  return { ...shared, session, otherCluster, neighbour, foreignCluster };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const withFile = (bytes: Uint8Array<ArrayBuffer>, name: string, overrides: Partial<ResourceInput> = {}): ResourceInput =>
  ({
    source: "file",
    file: new File([bytes], name),
    title: "Support de la séance de lancement",
    summary: "Les chiffres de la filière et la démarche du cluster.",
    themes: ["QVCT"],
    kind: "SESSION_SUPPORT",
    shared: false,
    ...overrides,
  }) as ResourceInput;

const download = async (id: string) => GET(new Request(`http://localhost/ressources/${id}/fichier`), { params: Promise.resolve({ id }) });
const scopeOf = async (userId: string) => (await buildScope(userId)) as Scope;
let supportId = "";

describe("publishing a resource", () => {
  it("stores a file whose content is what its name says, audited", async () => {
    actAs(world.charge.id);
    const created = await createResourceAction(withFile(PDF, "lancement.pdf"));
    expect(created.ok).toBe(true);
    supportId = created.ok ? created.data.id : "";
    const row = await db.resource.findUniqueOrThrow({ where: { id: supportId }, include: { file: true } });
    expect(row).toMatchObject({ aractId: world.aract.id, authorId: world.charge.id, fileName: "lancement.pdf", fileType: "application/pdf", fileSize: PDF.byteLength, sharedWithNetwork: false });
    expect(Buffer.from(row.file!.content).equals(Buffer.from(PDF))).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "resource.created", entityId: supportId } })).toBe(1);
  });

  it("refuses a file whose content does not match its type, or of a type not accepted, and writes nothing", async () => {
    actAs(world.charge.id);
    const before = await db.resource.count();
    const image = await createResourceAction(withFile(PNG, "support.pdf"));
    expect(!image.ok && image.fieldErrors).toEqual({
      file: "Le contenu de ce fichier n'est pas celui d'un PDF, comme son nom l'annonce : il n'est pas enregistré.",
    });
    const text = await createResourceAction(withFile(new TextEncoder().encode("pas une présentation"), "atelier.pptx"));
    expect(!text.ok && text.fieldErrors?.file).toBe("Le contenu de ce fichier n'est pas celui d'une présentation PowerPoint (.pptx), comme son nom l'annonce : il n'est pas enregistré.");
    const program = await createResourceAction(withFile(PDF, "outil.exe"));
    expect(!program.ok && program.fieldErrors?.file).toMatch(/^Choisissez un PDF, un document Word/);
    expect(await db.resource.count()).toBe(before);
  });

  it("says in French what is missing; a link must be a web address", async () => {
    actAs(world.charge.id);
    const bad = await createResourceAction({ source: "link", url: "javascript:alert(1)", title: " ", summary: "", themes: [], kind: "GUIDE" } as ResourceInput);
    expect(!bad.ok && bad.fieldErrors).toEqual({
      url: "Saisissez l'adresse complète du lien, commençant par https://.",
      title: "Saisissez le titre.",
      summary: "Saisissez le résumé.",
      themes: "Choisissez au moins un thème.",
    });
    const link = await createResourceAction({
      source: "link",
      url: "https://www.anact.fr/",
      title: "Le site de l'Anact",
      summary: "Les publications du réseau.",
      themes: ["QVCT"],
      kind: "GUIDE",
    });
    expect(link.ok).toBe(true);
  });

  it("makes the national side's resources national; a company member publishes nothing", async () => {
    actAs(world.national.id);
    const national = await createResourceAction(withFile(PNG, "affiche.png", { shared: true, title: "Affiche nationale" }));
    expect(national.ok).toBe(true);
    const row = await db.resource.findUniqueOrThrow({ where: { id: national.ok ? national.data.id : "" } });
    expect([row.aractId, row.fileType, row.sharedWithNetwork]).toEqual([null, "image/png", false]);
    actAs(world.member.user.id);
    expect(await createResourceAction(withFile(PDF, "x.pdf"))).toEqual(FORBIDDEN);
  });
});

describe("reaching a resource", () => {
  it("keeps an unshared one to its Aract, then opens it to the network once shared", async () => {
    const other = await scopeOf(world.otherCharge.id);
    expect((await listResources(other, { page: 1 })).resources.map((r) => r.id)).not.toContain(supportId);
    actAs(world.otherCharge.id);
    expect((await download(supportId)).status).toBe(404);
    const edited = await updateResourceAction({ id: supportId, version: 1, title: "Support de lancement", summary: "Les chiffres de la filière.", themes: ["QVCT", "USURE_PROFESSIONNELLE"], kind: "SESSION_SUPPORT", shared: true });
    expect(!edited.ok && edited.error).toMatch(/introuvable/);
    actAs(world.charge.id);
    expect((await updateResourceAction({ id: supportId, version: 1, title: "Support de lancement", summary: "Les chiffres de la filière.", themes: ["QVCT", "USURE_PROFESSIONNELLE"], kind: "SESSION_SUPPORT", shared: true })).ok).toBe(true);
    expect(await db.auditEvent.findFirst({ where: { action: "resource.updated", entityId: supportId } })).toMatchObject({
      actorId: world.charge.id,
      changes: { sharedWithNetwork: [false, true], title: ["Support de la séance de lancement", "Support de lancement"] },
    });
    const stale = await updateResourceAction({ id: supportId, version: 1, title: "Autre titre", summary: "Autre.", themes: ["QVCT"], kind: "FICHE" });
    expect(!stale.ok && stale.error).toMatch(/modifiée par quelqu'un d'autre/);
    const blank = await updateResourceAction({ id: supportId, version: 2, title: "", summary: "Autre.", themes: [], kind: "FICHE" });
    expect(!blank.ok && blank.fieldErrors).toEqual({ title: "Saisissez le titre.", themes: "Choisissez au moins un thème." });
    expect((await db.resource.findUniqueOrThrow({ where: { id: supportId } })).title).toBe("Support de lancement");
    expect((await listResources(other, { page: 1, origin: "reseau" })).resources.map((r) => r.id)).toContain(supportId);
    actAs(world.otherCharge.id);
    const shared = await download(supportId);
    expect(shared.status).toBe(200);
    expect(shared.headers.get("Content-Type")).toBe("application/pdf");
    expect(shared.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(new Uint8Array(await shared.arrayBuffer())).toEqual(PDF);
  });

  it("gives a company's members the resources of their cluster only, once attached", async () => {
    actAs(world.member.user.id);
    expect((await download(supportId)).status).toBe(404);
    // Another Aract may not attach to our cluster; our chargée attaches it to a session of hers.
    actAs(world.otherCharge.id);
    const foreign = await attachResourceAction({ clusterId: world.cluster.id, sessionId: world.session.id, resourceId: supportId });
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.charge.id);
    const wrongSession = await attachResourceAction({ clusterId: world.otherCluster.id, sessionId: world.session.id, resourceId: supportId });
    expect(!wrongSession.ok && wrongSession.error).toMatch(/introuvable/);
    expect(await attachResourceAction({ clusterId: world.cluster.id, sessionId: world.session.id, resourceId: supportId })).toEqual({ ok: true, data: { attached: true } });
    expect(await attachResourceAction({ clusterId: world.cluster.id, sessionId: world.session.id, resourceId: supportId })).toEqual({ ok: true, data: { attached: false } });
    expect(await db.auditEvent.count({ where: { action: "resource.attached", entityId: world.session.id } })).toBe(1);
    actAs(world.member.user.id);
    expect((await download(supportId)).status).toBe(200);
    // The company of another cluster does not reach it.
    actAs(world.neighbour.user.id);
    expect((await download(supportId)).status).toBe(404);
    // Detached, it is out of the members' reach again.
    actAs(world.charge.id);
    const noResource = await attachResourceAction({ clusterId: world.cluster.id, resourceId: "" });
    expect(!noResource.ok && noResource.fieldErrors).toEqual({ resourceId: "Choisissez une ressource." });
    expect((await detachResourceAction({ clusterId: world.cluster.id, sessionId: world.session.id, resourceId: supportId })).ok).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "resource.detached", entityId: world.session.id } })).toBe(1);
    actAs(world.member.user.id);
    expect((await download(supportId)).status).toBe(404);
  });

  it("refuses to attach a resource of another Aract that is not shared", async () => {
    actAs(world.otherCharge.id);
    const theirs = await createResourceAction(withFile(PDF, "interne.pdf", { title: "Note interne" }));
    const id = theirs.ok ? theirs.data.id : "";
    actAs(world.charge.id);
    const refused = await attachResourceAction({ clusterId: world.cluster.id, resourceId: id });
    expect(!refused.ok && refused.fieldErrors).toEqual({ resourceId: "Choisissez une ressource de la bibliothèque." });
    expect(await db.clusterResource.count({ where: { resourceId: id } })).toBe(0);
  });
});

describe("curating the library", () => {
  it("lets the national side feature a shared resource, not an unshared one; the staff may not feature", async () => {
    actAs(world.charge.id);
    expect(await featureResourceAction({ id: supportId, featured: true })).toEqual(FORBIDDEN);
    actAs(world.national.id);
    expect((await featureResourceAction({ id: supportId, featured: true })).ok).toBe(true);
    expect((await db.resource.findUniqueOrThrow({ where: { id: supportId } })).featuredAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "resource.featured", entityId: supportId } })).toBe(1);
    const internal = await db.resource.findFirstOrThrow({ where: { title: "Note interne" } });
    const refused = await featureResourceAction({ id: internal.id, featured: true });
    expect(!refused.ok && refused.error).toMatch(/introuvable/);
    // Featured first in everyone's library.
    const first = (await listResources(await scopeOf(world.otherCharge.id), { page: 1 })).resources[0];
    expect(first?.id).toBe(supportId);
  });

  it("deletes a resource with its file and attachments, for its Aract only", async () => {
    actAs(world.charge.id);
    await attachResourceAction({ clusterId: world.cluster.id, resourceId: supportId });
    actAs(world.otherCharge.id);
    const foreign = await deleteResourceAction({ id: supportId });
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.charge.id);
    expect((await deleteResourceAction({ id: supportId })).ok).toBe(true);
    expect(await db.resourceFile.count({ where: { resourceId: supportId } })).toBe(0);
    expect(await db.clusterResource.count({ where: { resourceId: supportId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "resource.deleted", entityId: supportId } })).toBe(1);
  });
});
