// Integration tests call the real server actions: the session is the only thing faked (there is no
// HTTP request), so authorization, scoping and validation run exactly as in production.

let currentUserId: string | null = null;

/** The user the next server action calls are made by (null: signed out). */
export function actAs(userId: string | null): void {
  currentUserId = userId;
}

export function sessionUserId(): string | null {
  return currentUserId;
}

/** What a server action answers a caller whose role may not do it. */
export const FORBIDDEN = { ok: false, error: "Vous n'avez pas accès à cette action." };
