import "server-only";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import { missingColumns, matchColumns, type ColumnChoice, type ImportField } from "./columns";
import { checkRows, type CellError, type CheckedRow } from "./rows";
import { readSheet } from "./read-file";
import type { ImportFileInput } from "./schemas";
import type { z } from "zod";

type FileFields = z.output<typeof ImportFileInput>;
type Reader = Pick<Prisma.TransactionClient, "company">;

/** What an import does with a row: a company to create, one the Aract follows to enrol, one already in the cluster. */
export type ImportStatus = "new" | "known" | "enrolled" | "invalid";
export type KnownCompany = { id: string; headcount: number; enrolled: boolean };

/** The Aract's companies with these SIRETs, and whether each is already in the cluster. */
export async function knownCompanies(
  db: Reader,
  aractId: string,
  clusterId: string,
  sirets: string[],
): Promise<Map<string, KnownCompany>> {
  const companies = await db.company.findMany({
    where: { aractId, siret: { in: sirets } },
    select: { id: true, siret: true, headcount: true, participations: { where: { clusterId }, select: { id: true } } },
  });
  return new Map(
    companies.map((company) => [
      company.siret,
      { id: company.id, headcount: company.headcount, enrolled: company.participations.length > 0 },
    ]),
  );
}

export function statusOf(row: CheckedRow, known: Map<string, KnownCompany>): ImportStatus {
  if (!row.row) return "invalid";
  const company = known.get(row.row.company.siret);
  return !company ? "new" : company.enrolled ? "enrolled" : "known";
}

/** The file read and every row checked, with the columns matched by name unless the preview picked them. */
export async function checkFile(input: FileFields) {
  const sheet = await readSheet(input.file);
  const picked = input.columns ?? matchColumns(sheet.headers);
  // A column beyond the file's (a choice made for another file) is no column.
  const columns: ColumnChoice = Object.fromEntries(
    Object.entries(picked).filter(([, index]) => index !== undefined && index < sheet.headers.length),
  );
  const missing = missingColumns(columns);
  return { sheet, columns, missing, rows: missing.length ? [] : checkRows(sheet.rows, columns) };
}

export type ImportPreview = {
  fileName: string;
  headers: string[];
  columns: ColumnChoice;
  missing: ImportField[];
  rows: { line: number; status: ImportStatus; values: Record<ImportField, string>; errors: CellError[] }[];
  counts: Record<ImportStatus, number>;
};

/** What importing the file would do, row by row; nothing is written. Another Aract's cluster is not found. */
export async function previewImport(scope: AractScope, input: FileFields): Promise<ImportPreview> {
  const db = scopedDb(scope);
  const cluster = await db.cluster.findFirst({ where: { id: input.clusterId, aractId: scope.aractId }, select: { id: true } });
  if (!cluster) throw new NotFoundError("Ce cluster");
  const { sheet, columns, missing, rows } = await checkFile(input);
  const sirets = rows.flatMap((row) => (row.row ? [row.row.company.siret] : []));
  const known = await knownCompanies(db, scope.aractId, cluster.id, sirets);
  const counts: Record<ImportStatus, number> = { new: 0, known: 0, enrolled: 0, invalid: 0 };
  const previewRows = rows.map((row) => {
    const status = statusOf(row, known);
    counts[status] += 1;
    return { line: row.line, status, values: row.values, errors: row.errors };
  });
  return { fileName: input.file.name, headers: sheet.headers, columns, missing, rows: previewRows, counts };
}
