import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { AppError, NotFoundError } from "@/lib/errors";
import { isOpen } from "@/lib/clusters/rules";
import type { Prisma } from "@/generated/prisma/client";
import { SaveNotesInput } from "./schemas";
import { STALE_NOTES_FIELD } from "./form";
import { NOTES_UPDATED } from "./queries";

type Tx = Prisma.TransactionClient;

/** Who changed the notes after the version the writer loaded, from the audit trail. */
async function staleNotes(tx: Tx, participationId: string, loadedVersion: number): Promise<AppError> {
  const events = await tx.auditEvent.findMany({
    where: { entityType: "Participation", entityId: participationId, action: NOTES_UPDATED },
    orderBy: { createdAt: "asc" },
    select: { changes: true, actor: { select: { name: true, email: true } } },
  });
  const authors = [
    ...new Set(
      events
        .filter((e) => {
          const version = (e.changes as { version?: unknown } | null)?.version;
          return Array.isArray(version) && typeof version[1] === "number" && version[1] > loadedVersion;
        })
        .flatMap((e) => (e.actor ? [e.actor.name ?? e.actor.email] : [])),
    ),
  ];
  const who = authors.length ? authors.join(" et ") : "quelqu'un d'autre";
  const message =
    `Pendant que vous écriviez, ${who} a modifié ces notes. Rien n'a été enregistré : votre texte est conservé, ` +
    "à côté du texte actuel. Reprenez-y ce qu'il faut garder, puis enregistrez.";
  return new AppError(message, { [STALE_NOTES_FIELD]: message });
}

/**
 * Saves the notes when nobody else changed them since the writer loaded them. Participation.version
 * also moves with the company's other records (pre-diagnostic, withdrawal): those changes do not make
 * the notes stale, so the text the writer started from decides.
 */
export async function saveNotes(scope: AractScope, input: z.output<typeof SaveNotesInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const row = await tx.participation.findFirst({
      where: { id: input.participationId, aractId: scope.aractId },
      select: { id: true, clusterId: true, notes: true, version: true, cluster: { select: { status: true } } },
    });
    if (!row) throw new NotFoundError("Cette entreprise");
    if (!isOpen(row.cluster.status))
      throw new AppError("Ce cluster est évalué : les notes de ses entreprises ne sont plus modifiables.");
    const current = row.notes ?? "";
    const notes = input.notes ?? null;
    // The notes already say exactly this (the same save sent again after a lost answer, or the same text
    // typed elsewhere): nothing to write, nothing to refuse.
    if (current === (notes ?? "")) return { clusterId: row.clusterId, version: row.version, notes: current };
    if (row.version !== input.version && current !== input.loaded) throw await staleNotes(tx, row.id, input.version);

    // The version read above in the where clause: a save landing between the read and this write wins, this one is refused.
    const updated = await tx.participation.updateMany({
      where: { id: row.id, version: row.version },
      data: { notes, version: { increment: 1 } },
    });
    if (updated.count === 0) throw await staleNotes(tx, row.id, row.version);
    // The notes may name people: the trail keeps their length, never their text.
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: NOTES_UPDATED,
      entityType: "Participation",
      entityId: row.id,
      changes: { version: [row.version, row.version + 1], length: [current.length, notes?.length ?? 0] },
    });
    return { clusterId: row.clusterId, version: row.version + 1, notes: notes ?? "" };
  });
}
