// The requests of each measured page. Every page cycles through several answers (another filter, another
// cluster, another page of the list, another person), so that what is measured is the page rendered for
// each request from warm data caches, never one answer kept whole.
import type pg from "pg";
import { DEMO_ACCOUNTS } from "../../../src/lib/demo/accounts.ts";
import { FILTER_PARAMS } from "../../../src/lib/reports/filter-params.ts";
import type { BenchSessions } from "./session.ts";
import type { PageKey } from "./results.ts";

export type BenchRequest = { path: string; cookie: string | null };
export type PageTarget = { key: PageKey; paths: string; requests: BenchRequest[] };

const emailOf = (role: (typeof DEMO_ACCOUNTS)[number]["role"], aract?: string) =>
  DEMO_ACCOUNTS.find((account) => account.role === role && (!aract || account.email.includes(aract)))!.email;

/** The years the clusters of the network span: one dashboard filter each. */
async function clusterYears(client: pg.Client): Promise<number[]> {
  const { rows } = await client.query<{ year: number }>(
    `SELECT DISTINCT extract(year FROM "startDate")::int AS year FROM "Cluster" ORDER BY 1`,
  );
  return rows.map((row) => row.year);
}

function dashboardRequests(years: number[], cookie: string): BenchRequest[] {
  const param = FILTER_PARAMS.from.param;
  return [{ path: "/rapports", cookie }, ...years.map((year) => ({ path: `/rapports?${param}=${year}`, cookie }))];
}

/** The generated clusters with the most companies: the heaviest cluster pages. */
async function busiestClusters(client: pg.Client, count: number): Promise<string[]> {
  const { rows } = await client.query<{ clusterId: string }>(
    `SELECT "clusterId" FROM "Participation" WHERE "clusterId" LIKE 'scale-%'
     GROUP BY "clusterId" ORDER BY count(*) DESC, "clusterId" LIMIT $1`,
    [count],
  );
  if (rows.length === 0) throw new Error("Aucun cluster généré dans la base du banc d'essai.");
  return rows.map((row) => row.clusterId);
}

/** The diagnostic forms the demo pair members can open: one per person and template of their clusters. */
async function diagnosticForms(client: pg.Client, emails: string[]): Promise<{ email: string; path: string }[]> {
  const { rows } = await client.query<{ email: string; clusterId: string; templateId: string }>(
    `SELECT DISTINCT u.email, p."clusterId", ct."templateId"
       FROM "User" u
       JOIN "Person" pe ON pe."userId" = u.id
       JOIN "PairMember" m ON m."personId" = pe.id AND m."endedAt" IS NULL
       JOIN "Participation" p ON p.id = m."participationId"
       JOIN "ClusterTemplate" ct ON ct."clusterId" = p."clusterId"
      WHERE u.email = ANY($1)
      ORDER BY 1, 2, 3`,
    [emails],
  );
  if (rows.length === 0) throw new Error("Aucun diagnostic ouvert aux membres de binôme de démonstration.");
  return rows.map((row) => ({ email: row.email, path: `/clusters/${row.clusterId}/diagnostics/${row.templateId}/repondre` }));
}

export async function pageTargets(client: pg.Client, sessions: BenchSessions, keys: readonly PageKey[]): Promise<PageTarget[]> {
  const national = await sessions.cookieFor(emailOf("NATIONAL"));
  const pairEmails = DEMO_ACCOUNTS.filter((account) => account.role === "COMPANY_MEMBER").map((account) => account.email);
  const years = await clusterYears(client);
  const yearsText = `${FILTER_PARAMS.from.param}=${years[0]}…${years.at(-1)}`;
  const build: Record<PageKey, () => Promise<PageTarget>> = {
    nationalDashboard: async () => ({
      key: "nationalDashboard",
      paths: `/rapports, sans filtre puis ?${yearsText}`,
      requests: dashboardRequests(years, national),
    }),
    aractDashboard: async () => ({
      key: "aractDashboard",
      paths: `/rapports (chargée de mission en Bretagne), sans filtre puis ?${yearsText}`,
      requests: dashboardRequests(years, await sessions.cookieFor(emailOf("CHARGE_DE_MISSION", "bretagne"))),
    }),
    cluster: async () => {
      const ids = await busiestClusters(client, 10);
      return {
        key: "cluster",
        paths: `/clusters/…, les ${ids.length} clusters qui comptent le plus d'entreprises`,
        requests: ids.map((id) => ({ path: `/clusters/${id}`, cookie: national })),
      };
    },
    clusters: async () => ({
      key: "clusters",
      paths: "/clusters?page=1…20 (équipe nationale)",
      requests: Array.from({ length: 20 }, (_, i) => ({ path: `/clusters?page=${i + 1}`, cookie: national })),
    }),
    pairHome: async () => ({
      key: "pairHome",
      paths: `/ (les ${pairEmails.length} membres du binôme de démonstration)`,
      requests: await Promise.all(pairEmails.map(async (email) => ({ path: "/", cookie: await sessions.cookieFor(email) }))),
    }),
    diagnostic: async () => {
      const forms = await diagnosticForms(client, pairEmails);
      return {
        key: "diagnostic",
        paths: `/clusters/…/diagnostics/…/repondre (${forms.length} formulaires des membres du binôme de démonstration)`,
        requests: await Promise.all(forms.map(async (form) => ({ path: form.path, cookie: await sessions.cookieFor(form.email) }))),
      };
    },
    account: async () => ({ key: "account", paths: "/compte (équipe nationale)", requests: [{ path: "/compte", cookie: national }] }),
    // Measured as a visitor: no session, nothing personal, the cheapest page there is.
    static: async () => ({ key: "static", paths: "/accessibilite (sans session)", requests: [{ path: "/accessibilite", cookie: null }] }),
  };
  const targets: PageTarget[] = [];
  for (const key of keys) targets.push(await build[key]());
  return targets;
}
