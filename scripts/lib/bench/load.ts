// Load on one page with autocannon: every response's latency is kept to compute p50/p95/p99 here. Each
// request takes the next of the page's requests in turn (its address and session).
import autocannon from "autocannon";
import { latencySummary } from "./stats.ts";
import type { PageMeasure } from "./results.ts";
import type { BenchRequest, PageTarget } from "./pages.ts";

export const CONNECTIONS = 10;
const WARM_UP_SECONDS = 2;

const headersOf = (request: BenchRequest): Record<string, string> => (request.cookie ? { cookie: request.cookie } : {});

/** One request, timed; anything but 200 stops the run (a redirect to /connexion would measure the wrong page). */
export async function timedGet(baseUrl: string, request: BenchRequest): Promise<number> {
  const started = performance.now();
  const response = await fetch(new URL(request.path, baseUrl), { redirect: "manual", headers: headersOf(request) });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) {
    const location = response.headers.get("location");
    throw new Error(`${request.path} répond ${response.status}${location ? ` vers ${location}` : ""} au lieu de 200.`);
  }
  return elapsed;
}

/** Every request of the page once, one after the other: each answer's data are then in the caches. */
export async function warm(baseUrl: string, target: PageTarget): Promise<void> {
  for (const request of target.requests) await timedGet(baseUrl, request);
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

export type LoadResult = { requestsPerSecond: number; requests: number; p50: number; p95: number; p99: number };

/** `connections` connections on `target` for `durationSeconds`, after a short warm-up. */
export async function load(baseUrl: string, target: PageTarget, durationSeconds: number, connections = CONNECTIONS): Promise<LoadResult> {
  let counter = 0;
  const options: autocannon.Options = {
    url: baseUrl,
    connections,
    requests: [
      {
        setupRequest: (request) => {
          const next = target.requests[counter++ % target.requests.length]!;
          return { ...request, path: next.path, headers: { ...request.headers, ...headersOf(next) } };
        },
      },
    ],
  };
  await fire({ ...options, duration: WARM_UP_SECONDS });
  const latencies: number[] = [];
  const result = await fire({ ...options, duration: durationSeconds }, (_status, milliseconds) => latencies.push(milliseconds));
  if (result.non2xx > 0 || result.errors > 0 || latencies.length === 0) {
    throw new Error(
      `${target.key} : ${result.non2xx} réponses hors 2xx et ${result.errors} erreurs de connexion ` +
        `sur ${latencies.length} réponses pendant la mesure.`,
    );
  }
  return { requestsPerSecond: result.requests.average, requests: latencies.length, ...latencySummary(latencies) };
}

export async function measurePage(baseUrl: string, target: PageTarget, durationSeconds: number): Promise<PageMeasure> {
  await warm(baseUrl, target);
  const result = await load(baseUrl, target, durationSeconds);
  return { key: target.key, paths: target.paths, variants: target.requests.length, ...result };
}
