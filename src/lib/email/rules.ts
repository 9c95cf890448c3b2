// When an e-mail whose sending failed is tried again: 30 s, then twice as long each time, at most an hour
// apart; it is never dropped (a mail server down for a day delays the e-mails of that day, it loses none).

export const SEND_LEASE_MS = 2 * 60_000;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 3600_000;

/** The delay before the next try, after `attempts` tries (1 after the first failure). */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

export function nextAttemptAt(failedAt: Date, attempts: number): Date {
  return new Date(failedAt.getTime() + retryDelayMs(attempts));
}
