import { z } from "zod";

// The only reader of process.env in src/. Parsed on first use (not at import time, so `next build`
// works without a database), then frozen.

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const EnvSchema = z
  .object({
    // Safe by default: a bare `next start` is production; `npm start` and `npm run dev` say "development".
    APP_ENV: z.enum(["development", "test", "production"]).default("production"),
    DATABASE_URL: z.string().url("DATABASE_URL doit être une URL postgresql://…"),
    NEXTAUTH_URL: z.string().url().default("http://localhost:3000"),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET doit compter au moins 32 caractères"),
    EMAIL_FROM: z.string().default("Clusters Anact-Aract <ne-pas-repondre@clusters.anact.fr>"),
    SMTP_URL: optional,
    OIDC_ISSUER: optional,
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    OIDC_NAME: z.string().default("ProConnect"),
    OIDC_USERINFO_SIGNED_ALG: optional,
    SIGNIN_LIMIT_PER_EMAIL: z.coerce.number().int().positive().default(5),
    SIGNIN_LIMIT_PER_IP: z.coerce.number().int().positive().default(30),
    // Set by `next start` and `next dev` to the port they listen on: the proxy renders report pages there.
    PORT: z.coerce.number().int().positive().optional(),
    // Personal data (GDPR): years a pair member's identity is kept after their cluster's evaluation, then
    // anonymized by the daily retention job (on in production, or when RETENTION_JOB=on elsewhere).
    RETENTION_YEARS: z.coerce.number().int("RETENTION_YEARS est un nombre entier d'années").min(1).max(50).default(5),
    RETENTION_JOB: z.enum(["on", "off"]).optional(),
    // How often each process looks for the follow-ups' e-mails due today.
    FOLLOW_UP_ROUND_SECONDS: z.coerce.number().int("FOLLOW_UP_ROUND_SECONDS est un nombre entier de secondes").min(1).max(3600).default(60),
    // The local outbox page (/boite-d-envoi, sign-in links of every account): off unless asked for, never
    // in production, and only to the machine itself. `npm start` turns it on for the demo.
    DEMO_OUTBOX: z.enum(["on", "off"]).default("off"),
    // The data protection officer shown on /donnees-personnelles (required in production, see below).
    DPO_EMAIL: z.email("DPO_EMAIL doit être une adresse e-mail").optional(),
    DPO_NAME: optional,
    // Set by Next: under `next dev` the proxy keeps no rendered page, so that a code change shows at once.
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidc !== 0 && oidc !== 3) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID et OIDC_CLIENT_SECRET vont ensemble",
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

type Source = Record<string, string | undefined>;

// Values that are public (the examples of .env.example, the test suites' secrets) or obviously typed by hand.
const PLACEHOLDER = /secret|change|exemple|example|password|mot-?de-?passe|xxx/i;
const EXAMPLE_HOSTS = /(^|\.)(exemple\.fr|example\.(com|org|net))$/i;

function problemOf(name: string, value: string | undefined): string | null {
  const v = value?.trim();
  if (!v) return `${name} manquant`;
  if (name === "NEXTAUTH_SECRET" && (PLACEHOLDER.test(v) || new Set(v).size < 10)) {
    return `${name} laissé à une valeur d'exemple (tirez-en un au hasard : openssl rand -base64 32)`;
  }
  if (name === "DPO_EMAIL" && EXAMPLE_HOSTS.test(v.split("@")[1] ?? "")) return `${name} laissé à l'adresse d'exemple`;
  if (name === "SMTP_URL" || name === "NEXTAUTH_URL") {
    try {
      if (EXAMPLE_HOSTS.test(new URL(v).hostname)) return `${name} laissé à l'adresse d'exemple`;
    } catch {
      return `${name} n'est pas une adresse valide`;
    }
  }
  return null;
}

/**
 * In production the app refuses to start without its own secret, public address, mail server and data protection
 * officer's address (no value is made up for them there): one French line saying which, or null when the configuration is complete.
 */
export function productionConfigProblem(source: Source): string | null {
  if ((source.APP_ENV ?? "production") !== "production") return null;
  // DPO_EMAIL: the public page on personal data must name a real contact (RGPD art. 13-1-b).
  const problems = ["NEXTAUTH_SECRET", "NEXTAUTH_URL", "SMTP_URL", "DPO_EMAIL"]
    .map((name) => problemOf(name, source[name]))
    .filter((problem): problem is string => problem !== null);
  return problems.length ? `Démarrage refusé en production : ${problems.join(" ; ")}.` : null;
}

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const problem = productionConfigProblem(process.env);
    if (problem) throw new Error(problem);
    const result = EnvSchema.safeParse(process.env);
    if (!result.success) {
      const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Configuration invalide :\n${lines.join("\n")}`);
    }
    parsed = Object.freeze(result.data);
  }
  return parsed;
}

/** The data protection officer's contact (DPO_EMAIL is required in production; a demo address elsewhere). */
export function dataProtectionOfficer(): { email: string; name: string } {
  const { DPO_EMAIL, DPO_NAME } = env();
  return { email: DPO_EMAIL ?? "dpo@clusters.anact.fr", name: DPO_NAME ?? "Le délégué à la protection des données de l'Anact" };
}

/** Whether this process runs the daily retention job: in production, or when RETENTION_JOB=on (off wins). */
export function retentionJobEnabled(): boolean {
  const { RETENTION_JOB, APP_ENV } = env();
  return RETENTION_JOB ? RETENTION_JOB === "on" : APP_ENV === "production";
}

/** Outside production, e-mails go to the local outbox and the demo accounts are shown. */
export function isDemoEnvironment(): boolean {
  return env().APP_ENV !== "production";
}

/** Whether the local outbox page exists: outside production, when DEMO_OUTBOX=on (for the machine itself). */
export function localOutboxEnabled(): boolean {
  return isDemoEnvironment() && env().DEMO_OUTBOX === "on";
}
