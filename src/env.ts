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
    // The data protection officer shown on /donnees-personnelles (required in production, see below).
    DPO_EMAIL: z.email("DPO_EMAIL doit être une adresse e-mail").optional(),
    DPO_NAME: optional,
    // Set by Next: under `next dev` the proxy keeps no rendered page, so that a code change shows at once.
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV === "production" && !env.SMTP_URL) {
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "SMTP_URL est obligatoire en production" });
    }
    // The public page on personal data must name a real contact (RGPD art. 13-1-b): no default in production.
    if (env.APP_ENV === "production" && !env.DPO_EMAIL) {
      ctx.addIssue({ code: "custom", path: ["DPO_EMAIL"], message: "DPO_EMAIL est obligatoire en production" });
    }
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

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
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
