// Load on one page with autocannon: every response's latency is kept to compute p50/p95/p99 here.
import autocannon from "autocannon";
import { latencySummary } from "./stats.ts";
import type { PageKey, PageMeasure } from "./results.ts";

export type PageTarget = {
  key: PageKey;
  path: string;
  /** The session cookie; null for a visitor. */
  cookie: string | null;
  /** Ask each request at a new address, `path` followed by a counter: nothing in front of the page answers. */
  newAddressEachTime?: boolean;
};

export const CONNECTIONS = 10;
const WARM_UP_SECONDS = 2;

/** A redirect to /connexion or an error page would measure the wrong page: anything but 200 stops the run. */
export async function expectOk(baseUrl: string, target: PageTarget): Promise<void> {
  const response = await fetch(new URL(target.path, baseUrl), {
    redirect: "manual",
    headers: target.cookie ? { cookie: target.cookie } : {},
  });
  await response.arrayBuffer();
  if (response.status !== 200) {
    const location = response.headers.get("location");
    throw new Error(`${target.path} répond ${response.status}${location ? ` vers ${location}` : ""} au lieu de 200.`);
  }
}

function fire(
  options: autocannon.Options,
  onResponse?: (status: number, milliseconds: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on("response", (_client, status, _bytes, milliseconds) => onResponse(status, milliseconds));
  });
}

export async function measurePage(baseUrl: string, target: PageTarget, durationSeconds: number): Promise<PageMeasure> {
  let counter = 0;
  const options: autocannon.Options = {
    url: new URL(target.path, baseUrl).href,
    connections: CONNECTIONS,
    headers: target.cookie ? { cookie: target.cookie } : {},
    ...(target.newAddressEachTime && {
      requests: [{ setupRequest: (request) => ({ ...request, path: `${target.path}${(counter += 1)}` }) }],
    }),
  };
  await fire({ ...options, duration: WARM_UP_SECONDS });
  const latencies: number[] = [];
  const result = await fire({ ...options, duration: durationSeconds }, (_status, milliseconds) => latencies.push(milliseconds));
  if (result.non2xx > 0 || result.errors > 0 || latencies.length === 0) {
    throw new Error(
      `${target.path} : ${result.non2xx} réponses hors 2xx et ${result.errors} erreurs de connexion ` +
        `sur ${latencies.length} réponses pendant la mesure.`,
    );
  }
  return {
    key: target.key,
    path: target.path,
    requestsPerSecond: result.requests.average,
    requests: latencies.length,
    ...latencySummary(latencies),
  };
}
