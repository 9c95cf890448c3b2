// The expected failures of the domain, each with a French message for the user. Anything else is
// unexpected: logged on the server, shown as a generic message.

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Absent, or outside the caller's scope: the same answer, so that nothing tells which. */
export class NotFoundError extends AppError {
  constructor(what = "Cet élément") {
    super(`${what} est introuvable, ou vous n'y avez pas accès.`);
    this.name = "NotFoundError";
  }
}

/** One field is wrong for a reason only the server can see (a date outside the cluster, a duplicate…). */
export function fieldError(field: string, message: string): AppError {
  return new AppError(message, { [field]: message });
}
