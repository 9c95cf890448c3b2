import "server-only";
import { scopedDb, systemDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { AppError, NotFoundError } from "@/lib/errors";
import { env } from "@/env";
import { eraseInTransaction, pseudonym } from "./erasure";
import { runRetention, type RetentionRun } from "./retention";
import { getPersonRecord } from "./people/queries";
import type { PersonalDataFormat } from "./schemas";
import type { DataSubject } from "./types";

/**
 * Erases a person of the administrator's Aract on request (RGPD art. 17): see erasure.ts for what goes and
 * what stays. Another Aract's person is not found; one who also belongs elsewhere is left to the national
 * level; an administrator does not erase themselves (they would lose the Aract's administration mid-way).
 */
export async function erasePerson(
  scope: AractScope,
  input: { id: string },
): Promise<{ id: string; pseudonym: string }> {
  const record = await getPersonRecord(scope, input.id);
  if (!record) throw new NotFoundError("Cette personne");
  if (record.erasedAt)
    throw new AppError("Cette personne a déjà été supprimée : il ne reste d'elle que des données anonymes.");
  if (record.self) {
    throw new AppError(
      "Vous ne pouvez pas supprimer vos propres données : demandez-le à un·e autre administrateur·rice de l'Aract.",
    );
  }
  if (record.outsideAract) {
    throw new AppError(
      "Cette personne a aussi un rôle ou une fiche hors de votre Aract : transmettez la demande de suppression à l'équipe nationale de l'Anact.",
    );
  }
  const { personIds, userId } = record.subject;
  const erased = await scopedDb(scope).$transaction((tx) =>
    eraseInTransaction(
      tx,
      { personIds, userIds: userId ? [userId] : [] },
      { actorId: scope.userId, aractId: scope.aractId, reason: "demande" },
    ),
  );
  const number = (erased.persons.find((p) => p.id === input.id) ?? erased.persons[0] ?? erased.users[0])!.number;
  return { id: input.id, pseudonym: pseudonym(number) };
}

/** A download of personal data is itself a processing of it: who took whose, in which format. */
export async function recordPersonalDataExport(
  scope: Scope,
  subject: DataSubject,
  format: PersonalDataFormat,
): Promise<void> {
  const own = subject.userId === scope.userId;
  await recordAudit(scopedDb(scope), {
    actorId: scope.userId,
    aractId: own ? scope.aractId : subject.aractId,
    action: "personal-data.exported",
    entityType: subject.userId ? "User" : "Person",
    entityId: subject.userId ?? subject.personIds[0]!,
    changes: { format, request: own ? "own" : "administrator" },
  });
}

/** The daily run of the app (src/instrumentation.ts): anonymizes who is due, under the advisory lock. */
export function runDailyRetention(now = new Date()): Promise<RetentionRun> {
  return runRetention(systemDb, { years: env().RETENTION_YEARS, dryRun: false, now });
}
