// What the report states about the machine and the data, and the rows the measured pages and queries use.
import os from "node:os";
import type pg from "pg";
import type { Machine } from "./results.ts";

const VOLUME_TABLES = [
  "Aract",
  "Cluster",
  "Participation",
  "CollectiveSession",
  "Attendance",
  "DiagnosticAnswer",
  "Outcome",
  "SupportDay",
] as const;

export async function countVolumes(client: pg.Client): Promise<{ table: string; rows: number }[]> {
  const volumes = [];
  for (const table of VOLUME_TABLES) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "${table}"`);
    volumes.push({ table, rows: Number(rows[0]!.count) });
  }
  return volumes;
}

export async function describeMachine(client: pg.Client): Promise<Machine> {
  const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? "processeur inconnu",
    cpuCount: cpus.length,
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: rows[0]!.server_version,
  };
}

export async function aractIdBySlug(client: pg.Client, slug: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Aract" WHERE slug = $1`, [slug]);
  if (!rows[0]) throw new Error(`L'Aract « ${slug} » manque dans la base du banc d'essai.`);
  return rows[0].id;
}
