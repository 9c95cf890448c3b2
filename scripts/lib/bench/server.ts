// The production build served by `next start` against the benchmark database, as scripts/e2e.ts does.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { startNext, waitForHttp } from "../project.ts";

export type RunningServer = { baseUrl: string; stop: () => Promise<void> };

export function serverEnv(databaseUrl: string, baseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    APP_ENV: "production",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: baseUrl,
    // Drawn for each run: production refuses a secret that looks like an example.
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    // Production requires an SMTP server; the measured pages send no e-mail, so nothing listens there.
    SMTP_URL: "smtp://127.0.0.1:9",
    DPO_EMAIL: "dpo@clusters.anact.fr",
    // The benchmark measures pages, not the retention job.
    RETENTION_JOB: "off",
  };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = startNext("start", port, env);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const killed = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited(child);
    clearTimeout(killed);
  };
  const early = exited(child).then(() => {
    throw new Error(`next start s'est arrêté avant d'être prêt (code ${child.exitCode ?? child.signalCode}).`);
  });
  try {
    await Promise.race([waitForHttp(`${baseUrl}/connexion`, 60_000), early]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
