// Whether the database answers, as the app's server sees it (scripts/server.ts): while it does not, pages get
// a French 503 at once instead of waiting for a connection and failing. Each server process watches for
// itself, from the database itself: two instances on one database need nothing shared.
// One connection of its own, asked `SELECT 1` every half second. A connection that errs or does not answer
// within half a second is replaced at once by a new one (a kept connection may hang where a new one would be
// refused at once); the database counts as away when that new connection is refused or fails, or when it times out three times in a row, not counting the attempts during which this process
// itself stalled (a garbage collection, a long render: its timers then fire late, whatever the database does).
import pg from "pg";

export type DatabaseWatch = { available: () => boolean; stop: () => Promise<void> };

const HEARTBEAT_MS = 100;
/** A heartbeat later than this means this process stalled. */
const STALL_MS = 200;
/** Timeouts in a row before a silent database counts as away. */
const MISSES = 3;

type Options = {
  intervalMs?: number;
  /** A new connection slower than this counts as no answer. */
  timeoutMs?: number;
  /** An answer on the kept connection slower than this costs it: a new one is tried at once. */
  answerMs?: number;
  onChange?: (available: boolean, reason?: string) => void;
};

export function watchDatabase(
  url: string,
  { intervalMs = 500, timeoutMs = 1_000, answerMs = 500, onChange }: Options = {},
): DatabaseWatch {
  let available = true;
  let client: pg.Client | null = null;
  let checking = false;
  let stopped = false;
  let missed = 0;
  // This process's stalls, seen as a late heartbeat.
  let beat = Date.now();
  let stalled = 0;
  const heart = setInterval(() => {
    const now = Date.now();
    stalled = Math.max(stalled, now - beat - HEARTBEAT_MS);
    beat = now;
  }, HEARTBEAT_MS);
  heart.unref();

  const drop = (c: pg.Client | null) => {
    if (client === c) client = null;
    // Not awaited: on a dead connection end() may wait for the network.
    c?.end().catch(() => {});
  };

  const connect = async () => {
    const c = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: timeoutMs,
      query_timeout: answerMs,
      application_name: "clusters-availability",
    });
    // The server closed the connection (stopped, killed, restarted): look again at once.
    c.on("error", () => {
      drop(c);
      void check();
    });
    await c.connect();
    return c;
  };

  const set = (now: boolean, reason?: string) => {
    if (now === available) return;
    available = now;
    onChange?.(now, reason);
  };

  async function check() {
    if (checking || stopped) return;
    checking = true;
    try {
      // A connection kept from before may be the only thing lost (a restart, a proxy's idle limit): one
      // failure on it earns a fresh connection before the database counts as away.
      for (const fresh of client ? [false, true] : [true]) {
        const started = Date.now();
        stalled = 0;
        try {
          if (fresh) client = await connect();
          await client!.query("SELECT 1");
          missed = 0;
          set(true);
          return;
        } catch (error) {
          drop(client);
          if (!fresh) continue;
          // Refusals and errors come at once; a slow attempt is a timeout, which counts unless this process stalled.
          const timedOut = Date.now() - started >= answerMs;
          const ownStall = Math.max(stalled, Date.now() - beat - HEARTBEAT_MS) > STALL_MS;
          missed = !timedOut ? 0 : ownStall ? missed : missed + 1;
          if (!timedOut || missed >= MISSES) set(false, error instanceof Error ? error.message : String(error));
        }
      }
    } finally {
      checking = false;
    }
  }

  void check();
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return {
    available: () => available,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      clearInterval(heart);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}

/** Paths served while the database is away: the build's files need none. */
export function servedWithoutDatabase(path: string): boolean {
  return path.startsWith("/_next/static/") || path === "/favicon.ico" || path === "/api/health";
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The page answered meanwhile: small, self-contained (no stylesheet of the build), in French. */
export function unavailablePage(path: string, method: string): string {
  const again = method === "GET" && path.startsWith("/") && !path.startsWith("//") ? escapeHtml(path) : "/";
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Service momentanément indisponible · Clusters Anact-Aract</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1e1e1e}a{color:#000091}</style>
</head>
<body>
<main>
<h1>Service momentanément indisponible</h1>
<p>La plateforme ne peut pas joindre sa base de données pour l'instant. Réessayez dans quelques instants : le service reprend de lui-même dès son retour.</p>
<p><a href="${again}">Réessayer</a></p>
</main>
</body>
</html>
`;
}

/** Seconds a client is told to wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;
