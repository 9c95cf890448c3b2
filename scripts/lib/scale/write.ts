import type pg from "pg";
import { TABLE_ORDER, emptyBatch, type ScaleBatch, type ScaleTables, type TableName } from "./rows.ts";

// Bulk inserts: each table's rows go as one text array per column through `unnest`, cast to the column's
// type in the SELECT (one round trip for thousands of rows). A flush writes every table, parents first, in
// one transaction, so that foreign keys always find their rows.

type Columns<T> = readonly (readonly [column: keyof T & string, type: string])[];

const COLUMNS: { [T in TableName]: Columns<ScaleTables[T]> } = {
  Aract: [
    ["id", "text"],
    ["slug", "text"],
    ["name", "text"],
    ["region", "text"],
    ["createdAt", "timestamp(3)"],
  ],
  Company: [
    ["id", "text"],
    ["aractId", "text"],
    ["name", "text"],
    ["siret", "text"],
    ["nafCode", "text"],
    ["headcount", "int"],
    ["city", "text"],
    ["postalCode", "text"],
    ["createdAt", "timestamp(3)"],
    ["updatedAt", "timestamp(3)"],
  ],
  Cluster: [
    ["id", "text"],
    ["aractId", "text"],
    ["programmeId", "text"],
    ["name", "text"],
    ["description", "text"],
    ["themes", '"Theme"[]'],
    ["kind", '"ClusterKind"'],
    ["territory", "text"],
    ["sector", "text"],
    ["startDate", "date"],
    ["endDate", "date"],
    ["plannedCollectiveSessions", "int"],
    ["plannedSupportDaysPerCompany", "numeric(5,1)"],
    ["status", '"ClusterStatus"'],
    ["createdAt", "timestamp(3)"],
    ["updatedAt", "timestamp(3)"],
  ],
  ClusterTemplate: [
    ["aractId", "text"],
    ["clusterId", "text"],
    ["templateId", "text"],
  ],
  Participation: [
    ["id", "text"],
    ["aractId", "text"],
    ["clusterId", "text"],
    ["companyId", "text"],
    ["status", '"ParticipationStatus"'],
    ["withdrawalReason", "text"],
    ["headcountAtEntry", "int"],
    ["createdAt", "timestamp(3)"],
    ["updatedAt", "timestamp(3)"],
  ],
  Person: [
    ["id", "text"],
    ["aractId", "text"],
    ["firstName", "text"],
    ["lastName", "text"],
    ["email", "text"],
    ["jobTitle", "text"],
    ["createdAt", "timestamp(3)"],
    ["updatedAt", "timestamp(3)"],
  ],
  PairMember: [
    ["id", "text"],
    ["aractId", "text"],
    ["participationId", "text"],
    ["personId", "text"],
    ["side", '"PairSide"'],
    ["invitedAt", "timestamp(3)"],
    ["startedAt", "timestamp(3)"],
    ["endedAt", "timestamp(3)"],
  ],
  CollectiveSession: [
    ["id", "text"],
    ["aractId", "text"],
    ["clusterId", "text"],
    ["title", "text"],
    ["date", "date"],
    ["halfDay", '"HalfDay"'],
    ["place", "text"],
    ["cancelledAt", "timestamp(3)"],
    ["createdAt", "timestamp(3)"],
    ["updatedAt", "timestamp(3)"],
  ],
  Attendance: [
    ["id", "text"],
    ["aractId", "text"],
    ["sessionId", "text"],
    ["personId", "text"],
    ["participationId", "text"],
    ["status", '"AttendanceStatus"'],
  ],
  SupportDay: [
    ["id", "text"],
    ["aractId", "text"],
    ["clusterId", "text"],
    ["participationId", "text"],
    ["date", "date"],
    ["durationDays", "numeric(3,1)"],
    ["kind", '"SupportKind"'],
    ["createdAt", "timestamp(3)"],
  ],
  DiagnosticResponse: [
    ["id", "text"],
    ["aractId", "text"],
    ["participationId", "text"],
    ["templateId", "text"],
    ["personId", "text"],
    ["side", '"PairSide"'],
    ["status", '"ResponseStatus"'],
    ["submittedAt", "timestamp(3)"],
    ["createdAt", "timestamp(3)"],
    ["updatedAt", "timestamp(3)"],
  ],
  DiagnosticAnswer: [
    ["id", "text"],
    ["aractId", "text"],
    ["responseId", "text"],
    ["questionId", "text"],
    ["value", "jsonb"],
    ["updatedAt", "timestamp(3)"],
  ],
  Outcome: [
    ["id", "text"],
    ["aractId", "text"],
    ["participationId", "text"],
    ["kind", '"OutcomeKind"'],
    ["theme", '"Theme"'],
    ["status", '"OutcomeStatus"'],
    ["signedAt", "date"],
    ["depositedAt", "date"],
    ["depositReference", "text"],
    ["domains", "text[]"],
    ["createdAt", "timestamp(3)"],
    ["updatedAt", "timestamp(3)"],
  ],
};

/** Rows per INSERT statement. */
const CHUNK_ROWS = 10_000;

function insertSql(table: TableName): string {
  const columns = COLUMNS[table];
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const casts = columns.map(([, type], i) => `c${i}::${type}`).join(", ");
  const params = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  return `INSERT INTO "${table}" (${names}) SELECT ${casts} FROM unnest(${params}) AS u(${aliases})`;
}

/** A value as text for its column: arrays as Postgres array literals, JSON as JSON. */
function encode(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (type.endsWith("[]"))
    return `{${(value as string[]).map((item) => `"${item.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
  if (type === "jsonb") return JSON.stringify(value);
  return String(value);
}

export class BulkWriter {
  private pending: ScaleBatch = emptyBatch();
  private pendingRows = 0;
  private readonly sql = new Map(TABLE_ORDER.map((table) => [table, insertSql(table)]));

  constructor(private readonly client: pg.Client) {}

  get size(): number {
    return this.pendingRows;
  }

  add(batch: ScaleBatch): void {
    for (const table of TABLE_ORDER) {
      const rows = batch[table];
      if (rows.length === 0) continue;
      (this.pending[table] as unknown[]).push(...rows);
      this.pendingRows += rows.length;
    }
  }

  /** Writes what was added so far in one transaction; rows added meanwhile wait for the next flush. */
  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = emptyBatch();
    this.pendingRows = 0;
    await this.client.query("BEGIN");
    try {
      for (const table of TABLE_ORDER) await this.insert(table, batch[table]);
      await this.client.query("COMMIT");
    } catch (error) {
      await this.client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  }

  private async insert<T extends TableName>(table: T, rows: readonly ScaleTables[T][]): Promise<void> {
    const columns = COLUMNS[table];
    for (let from = 0; from < rows.length; from += CHUNK_ROWS) {
      const chunk = rows.slice(from, from + CHUNK_ROWS);
      const values = columns.map(([name, type]) => chunk.map((row) => encode(row[name], type)));
      await this.client.query({ name: `scale-insert-${table}`, text: this.sql.get(table)!, values });
    }
  }
}
