import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { plural } from "@/lib/format/fr";
import { openClusterOf } from "@/lib/companies/mutations";
import { SamePersonError, createCompanies, enrolWithPairs } from "@/lib/companies/enrolments";
import { IMPORT_COLUMNS } from "./columns";
import { checkFile, knownCompanies } from "./queries";
import type { ImportFileInput } from "./schemas";

export type ImportOutcome = { enrolled: number; created: number; unchanged: number };

export const CONCURRENT_IMPORT =
  "Une autre inscription de ces structures vient d'avoir lieu : rien n'a été importé. Chargez à nouveau le fichier pour voir où en est la liste.";

export const invalidRowsMessage = (count: number) =>
  `${plural(count, "ligne est en erreur", "lignes sont en erreur")} : rien n'a été importé. Corrigez le fichier et chargez-le à nouveau.`;

/**
 * Enrols every company of the file with its pair, in one transaction: all rows or none. A SIRET the Aract
 * already follows enrols that company as it is recorded; one already in the cluster is left unchanged, so
 * that importing the same file again changes nothing.
 */
export async function importCompanies(scope: AractScope, input: z.output<typeof ImportFileInput>): Promise<ImportOutcome> {
  const { missing, rows } = await checkFile(input);
  if (missing.length) {
    throw new AppError(`Colonnes introuvables : ${missing.map((field) => `« ${IMPORT_COLUMNS[field].label} »`).join(", ")}.`);
  }
  const invalid = rows.filter((row) => !row.row).length;
  if (invalid) throw new AppError(invalidRowsMessage(invalid));

  try {
    return await scopedDb(scope).$transaction(
      async (tx) => {
        const cluster = await openClusterOf(tx, scope, input.clusterId);
        const valid = rows.flatMap(({ line, row }) => (row ? [{ line, row }] : []));
        const known = await knownCompanies(tx, scope.aractId, cluster.id, valid.map(({ row }) => row.company.siret));
        const toEnrol = valid.filter(({ row }) => !known.get(row.company.siret)?.enrolled);
        const fresh = toEnrol.filter(({ row }) => !known.has(row.company.siret));
        const created = await createCompanies(tx, scope, fresh.map(({ row }) => row.company));
        const companyOf = new Map<string, { id: string; headcount: number }>(known);
        fresh.forEach(({ row }, index) => companyOf.set(row.company.siret, created[index]!));
        try {
          await enrolWithPairs(
            tx,
            scope,
            cluster.id,
            toEnrol.map(({ row }) => ({ ...row, company: companyOf.get(row.company.siret)! })),
          );
        } catch (error) {
          if (error instanceof SamePersonError) {
            throw new AppError(`Ligne ${toEnrol[error.index]!.line} : ${error.message} Rien n'a été importé.`);
          }
          throw error;
        }
        const outcome: ImportOutcome = {
          enrolled: toEnrol.length,
          created: created.length,
          unchanged: valid.length - toEnrol.length,
        };
        await recordAudit(tx, {
          actorId: scope.userId,
          aractId: scope.aractId,
          action: "cluster.companies-imported",
          entityType: "Cluster",
          entityId: cluster.id,
          changes: { file: input.file.name, rows: rows.length, ...outcome },
        });
        return outcome;
      },
      // Hundreds of rows: longer than one form's transaction.
      { timeout: 60_000 },
    );
  } catch (error) {
    // The same companies enrolled at the same moment (another import, the form): the unique indexes stop this one.
    if ((error as { code?: string }).code === "P2002") throw new AppError(CONCURRENT_IMPORT);
    throw error;
  }
}
