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

let currentIp = "192.0.2.1";

/** The client address the next calls come from (the app's server hands it on in X-Forwarded-For). */
export function actFrom(ip: string): void {
  currentIp = ip;
}

export function clientAddress(): string {
  return currentIp;
}

/** What a server action answers a caller whose role may not do it. */
export const FORBIDDEN = { ok: false, error: "Vous n'avez pas accès à cette action." };
