import "server-only";
import type { z } from "zod";
import { authorize, isNational, type NationalScope, type Scope } from "@/lib/auth/scope";
import type { Permission } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { textProblemOf } from "@/lib/forms/text";
import { FORBIDDEN, INVALID_FORM, UNEXPECTED_ERROR, type ActionResult } from "./result";
import { log } from "@/lib/log";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";

/** The scope of the Aract's own people: the only ones who change its records. */
export type AractScope = Extract<Scope, { role: "ARACT_ADMIN" | "CHARGE_DE_MISSION" }>;

export function isAractScope(scope: Scope): scope is AractScope {
  return scope.role === "ARACT_ADMIN" || scope.role === "CHARGE_DE_MISSION";
}

/** zod's issues as one French message per field path ("pair.direction.email"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    errors[key] ??= issue.message;
  }
  return errors;
}

function failure(error: unknown): ActionResult<never> {
  if (error instanceof AppError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
  log.error({ err: error }, "Action en échec.");
  return { ok: false, error: UNEXPECTED_ERROR };
}

/** Checks and parses an action's input, runs it and maps its errors: what every action shares after authorizing. */
async function parseAndRun<S extends z.ZodType, R>(
  schema: S,
  input: unknown,
  run: (input: z.output<S>) => Promise<R>,
): Promise<ActionResult<R>> {
  // Before the schema: a NUL or a lone surrogate in any string (an id too) would reach PostgreSQL, and a
  // list of 70,000 items would cost the schema seconds.
  const problem = textProblemOf(input);
  if (problem) return { ok: false, error: INVALID_FORM, fieldErrors: { [problem.path]: problem.message } };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: INVALID_FORM, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    // What a change moves in the reports, the database itself records (src/lib/reports/facts/freshness.ts).
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    return failure(error);
  }
}

/** The one pipeline of every server action: authorize, admit the scope, parse, run, map errors. */
function serverAction<S extends z.ZodType, R, T extends Scope>(
  schema: S,
  permission: Permission,
  admit: (scope: Scope) => scope is T,
  run: (input: z.output<S>, scope: T) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => {
    const scope = await authorize(permission);
    if (!scope || !admit(scope)) return { ok: false, error: FORBIDDEN };
    return parseAndRun(schema, input, (parsed) => run(parsed, scope));
  };
}

/**
 * The one action open without sign-in: a structure's application from a public page. It gets the client's
 * address (for the per-IP limit) instead of a scope; the rest of the pipeline is every action's.
 */
export function publicAction<S extends z.ZodType, R>(
  schema: S,
  run: (input: z.output<S>, client: { ip: string }) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => {
    const ip = clientIp(await headers());
    return parseAndRun(schema, input, (parsed) => run(parsed, { ip }));
  };
}

const anyScope = (scope: Scope): scope is Scope => Boolean(scope);

/**
 * A server action that changes an Aract's records: authorize (permission and role), parse with the
 * form's own schema, run, and map errors to a French result. Nothing is written when any step fails.
 */
export function aractAction<S extends z.ZodType, R>(
  schema: S,
  permission: Permission,
  run: (input: z.output<S>, scope: AractScope) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return serverAction(schema, permission, isAractScope, run);
}

/**
 * A server action open to every role holding the permission, company members included (their own
 * diagnostics, their company's action plan). The run checks the scope itself: a company member's
 * participation must be in scope.participationIds and their person in scope.personIds; a staff
 * member's records must belong to their Aract.
 */
export function scopedAction<S extends z.ZodType, R>(
  schema: S,
  permission: Permission,
  run: (input: z.output<S>, scope: Scope) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return serverAction(schema, permission, anyScope, run);
}

/** A server action of the national side (the national administrator's administration of the network). */
export function nationalAction<S extends z.ZodType, R>(
  schema: S,
  permission: Permission,
  run: (input: z.output<S>, scope: NationalScope) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return serverAction(schema, permission, isNational, run);
}
