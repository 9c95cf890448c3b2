import type { AnswerValue } from "./answers";

// The answers typed but not yet stored on the server, as the form's autosave keeps them. Every change
// is written to the browser's storage before anything is sent, so that a closed tab or a dropped
// connection loses nothing: what could not be sent is sent again when the network comes back, or on the
// next visit. One save at a time per question, each based on the version of the answer it replaces, so
// that the server can refuse a save made over a value it never saw (two tabs, two devices). Plain
// TypeScript without React or the DOM: unit-tested with a fake storage and a fake server.

export type PendingAnswer = {
  questionId: string;
  value: AnswerValue | null;
  baseVersion: number;
  typedAt: number;
  /** This save's id: sent again as it is, it is recognised by the server as the same save. */
  saveId: string;
  /**
   * The ids of the earlier saves of this answer that this value replaced before their outcome was known
   * (in flight, or lost with the network): if the server stored one of them, it is the author's own
   * version, not someone else's.
   */
  priorSaveIds: string[];
};

/** The browser's id of one save: random, the same when that save is sent again (schemas.ts checks it). */
export const SAVE_ID_PATTERN = /^[0-9a-f]{16,64}$/;
/** Earlier saves of the same answer whose outcome the browser never learnt (lost answers), newest last. */
export const MAX_PRIOR_SAVES = 20;

/** 128 random bits in hex; getRandomValues, unlike randomUUID, also exists on pages served over plain http. */
export function newSaveId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export type StoredAnswer = { value: AnswerValue | null; version: number };

/** What the server made of one save. "offline" also covers a request that never got an answer. */
export type SendOutcome =
  | { kind: "saved"; version: number; savedAt: string; responseId?: string }
  | { kind: "conflict"; message: string; stored: StoredAnswer }
  | { kind: "refused"; message: string }
  | { kind: "offline" };

export type QuestionSaveState =
  | { state: "idle" }
  | { state: "waiting" }
  | { state: "saving" }
  | { state: "saved"; savedAt: string }
  | { state: "offline" }
  | { state: "conflict"; message: string; mine: AnswerValue | null; stored: StoredAnswer }
  | { state: "refused"; message: string };

/** The part of localStorage the queue uses (tests pass a Map-backed fake). */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type AnswerQueueOptions = {
  /** One response: participation × template × person. */
  draftKey: string;
  store: KeyValueStore | null;
  /** Each stored answer (value and version) when the page was loaded. */
  initial: Readonly<Record<string, StoredAnswer>>;
  /** The response, when it exists already (the first save creates it). */
  responseId?: string | null;
  send: (answer: PendingAnswer) => Promise<SendOutcome>;
  isOnline?: () => boolean;
  now?: () => number;
  onChange?: () => void;
};

export const storageKey = (draftKey: string) => `diagnostic-non-envoye:${draftKey}`;

/** Entries left in the storage for one response; anything unreadable is ignored. */
export function readPending(store: KeyValueStore | null, draftKey: string): PendingAnswer[] {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(storageKey(draftKey)) ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (entry): entry is PendingAnswer =>
          entry && typeof entry.questionId === "string" && typeof entry.baseVersion === "number" && "value" in entry,
      )
      .map((entry) => ({
        ...entry,
        // Left by a page of before save ids: a new id, no earlier save known.
        saveId: typeof entry.saveId === "string" && SAVE_ID_PATTERN.test(entry.saveId) ? entry.saveId : newSaveId(),
        priorSaveIds: Array.isArray(entry.priorSaveIds) ? entry.priorSaveIds.filter((id) => typeof id === "string") : [],
      }));
  } catch {
    return [];
  }
}

export class AnswerQueue {
  private readonly pending = new Map<string, PendingAnswer>();
  private readonly inFlight = new Set<string>();
  private readonly versions: Map<string, number>;
  /** What each field shows: the last value typed, saved or taken back from the server. */
  private readonly values: Map<string, AnswerValue | null>;
  private readonly states = new Map<string, QuestionSaveState>();
  lastSavedAt: string | null = null;
  responseId: string | null;

  constructor(private readonly options: AnswerQueueOptions) {
    const initial = Object.entries(options.initial);
    this.versions = new Map(initial.map(([id, answer]) => [id, answer.version]));
    this.values = new Map(initial.map(([id, answer]) => [id, answer.value]));
    this.responseId = options.responseId ?? null;
  }

  valueOf(questionId: string): AnswerValue | null {
    return this.values.get(questionId) ?? null;
  }

  /** What a previous visit left unsent: shown in the form in place of the stored values, then replayed. */
  restore(): PendingAnswer[] {
    const entries = readPending(this.options.store, this.options.draftKey);
    for (const entry of entries) {
      this.pending.set(entry.questionId, entry);
      this.values.set(entry.questionId, entry.value);
      this.states.set(entry.questionId, { state: "waiting" });
    }
    this.notify();
    return entries;
  }

  /** A change typed by the person: kept at once, sent by flush() (debounced by the caller). */
  edit(questionId: string, value: AnswerValue | null): void {
    const previous = this.pending.get(questionId);
    // A pending value replaced by a newer one keeps its base: the person has not seen any newer version.
    const baseVersion = previous?.baseVersion ?? this.versions.get(questionId) ?? 0;
    // The value replaced may have been sent already, its outcome unknown yet: its id goes along (the most
    // recent ones, as many as the server accepts).
    const priorSaveIds = previous ? [...previous.priorSaveIds, previous.saveId].slice(-MAX_PRIOR_SAVES) : [];
    this.pending.set(questionId, {
      questionId,
      value,
      baseVersion,
      typedAt: this.now(previous?.typedAt),
      saveId: newSaveId(),
      priorSaveIds,
    });
    this.values.set(questionId, value);
    if (this.states.get(questionId)?.state !== "saving") this.states.set(questionId, { state: "waiting" });
    this.persist();
    this.notify();
  }

  /** Sends what is waiting: one question, or all of them (reconnection, next visit). */
  async flush(questionId?: string): Promise<void> {
    const ids = questionId ? [questionId] : [...this.pending.keys()];
    await Promise.all(ids.map((id) => this.sendOne(id)));
  }

  /** After a conflict: the person keeps what they typed, over the value stored meanwhile. */
  async keepMine(questionId: string): Promise<void> {
    const state = this.states.get(questionId);
    const entry = this.pending.get(questionId);
    if (state?.state !== "conflict" || !entry) return;
    this.versions.set(questionId, state.stored.version);
    entry.baseVersion = state.stored.version;
    this.states.set(questionId, { state: "waiting" });
    this.persist();
    await this.sendOne(questionId);
  }

  /** After a conflict: the person takes the stored value; theirs is dropped. Returns the stored value. */
  takeStored(questionId: string): AnswerValue | null {
    const state = this.states.get(questionId);
    if (state?.state !== "conflict") return null;
    this.versions.set(questionId, state.stored.version);
    this.values.set(questionId, state.stored.value);
    this.pending.delete(questionId);
    this.states.set(questionId, { state: "idle" });
    this.persist();
    this.notify();
    return state.stored.value;
  }

  stateOf(questionId: string): QuestionSaveState {
    return this.states.get(questionId) ?? { state: "idle" };
  }

  /** How many answers are in each state, for the status of the whole form. */
  summary(): Record<QuestionSaveState["state"], number> {
    const counts = { idle: 0, waiting: 0, saving: 0, saved: 0, offline: 0, conflict: 0, refused: 0 };
    for (const state of this.states.values()) counts[state.state] += 1;
    return counts;
  }

  hasUnsent(): boolean {
    return this.pending.size > 0;
  }

  /** Once the response is submitted, nothing is left to send. */
  clear(): void {
    this.pending.clear();
    this.persist();
  }

  private async sendOne(questionId: string): Promise<void> {
    // A save under way sends the newer value itself when it returns: one request at a time per question.
    if (this.inFlight.has(questionId)) return;
    const entry = this.pending.get(questionId);
    if (!entry || this.states.get(questionId)?.state === "conflict") return;
    if (this.options.isOnline && !this.options.isOnline()) {
      this.setState(questionId, { state: "offline" });
      return;
    }
    this.inFlight.add(questionId);
    this.setState(questionId, { state: "saving" });
    let outcome: SendOutcome;
    try {
      outcome = await this.options.send({ ...entry });
    } catch {
      outcome = { kind: "offline" };
    } finally {
      this.inFlight.delete(questionId);
    }
    const current = this.pending.get(questionId);
    const newer = current && current.typedAt !== entry.typedAt ? current : null;
    switch (outcome.kind) {
      case "saved":
        this.versions.set(questionId, outcome.version);
        this.lastSavedAt = outcome.savedAt;
        this.responseId = outcome.responseId ?? this.responseId;
        if (newer) {
          // Typed while the save was under way: it builds on the version just saved, and goes next.
          if (newer.baseVersion === entry.baseVersion) newer.baseVersion = outcome.version;
          this.persist();
          return this.sendOne(questionId);
        }
        this.pending.delete(questionId);
        this.persist();
        return this.setState(questionId, { state: "saved", savedAt: outcome.savedAt });
      case "conflict":
        // Nothing is dropped: the person's value stays in the storage until they choose.
        return this.setState(questionId, {
          state: "conflict",
          message: outcome.message,
          mine: (newer ?? entry).value,
          stored: outcome.stored,
        });
      case "refused":
        if (newer) return this.sendOne(questionId);
        // Sending it again would be refused again: the field keeps the value and shows why.
        this.pending.delete(questionId);
        this.persist();
        return this.setState(questionId, { state: "refused", message: outcome.message });
      case "offline":
        return this.setState(questionId, { state: "offline" });
    }
  }

  private setState(questionId: string, state: QuestionSaveState): void {
    this.states.set(questionId, state);
    this.notify();
  }

  private persist(): void {
    const key = storageKey(this.options.draftKey);
    try {
      if (this.pending.size === 0) this.options.store?.removeItem(key);
      else this.options.store?.setItem(key, JSON.stringify([...this.pending.values()]));
    } catch {
      // Storage full or refused (private browsing): the answers are still sent while the page is open.
    }
  }

  /** Strictly increasing, so that a newer edit never looks like the one being sent. */
  private now(previous?: number): number {
    const now = this.options.now?.() ?? Date.now();
    return previous !== undefined && now <= previous ? previous + 1 : now;
  }

  private notify(): void {
    this.options.onChange?.();
  }
}

const clock = new Intl.DateTimeFormat("fr-FR", { hour: "numeric", minute: "2-digit", timeZone: "Europe/Paris" });

/** "14 h 32", the way French public services write the time. */
export function formatClock(iso: string): string {
  const parts = clock.formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  // Browsers disagree on "09" or "9" for a numeric hour: "9 h 05" it is.
  return `${Number(part("hour"))} h ${part("minute")}`;
}

/** The status of the whole form, in one sentence. */
export function formStatusText(
  summary: Record<QuestionSaveState["state"], number>,
  lastSavedAt: string | null,
): string {
  if (summary.offline > 0) return "Hors connexion : vos réponses seront envoyées au retour du réseau.";
  if (summary.saving > 0 || summary.waiting > 0) return "Enregistrement…";
  if (summary.conflict > 0) return "Une réponse a changé ailleurs : choisissez la valeur à garder.";
  if (summary.refused > 0) return "Une réponse n'a pas été enregistrée : corrigez-la.";
  if (lastSavedAt) return `Enregistré à ${formatClock(lastSavedAt)}.`;
  return "Vos réponses sont enregistrées au fur et à mesure.";
}

/** The status next to one question; "" when there is nothing to say. */
export function questionStatusText(state: QuestionSaveState): string {
  switch (state.state) {
    case "waiting":
    case "saving":
      return "Enregistrement…";
    case "saved":
      return `Enregistré à ${formatClock(state.savedAt)}`;
    case "offline":
      return "Pas encore envoyé (hors connexion) : gardé sur cet appareil.";
    case "refused":
    case "conflict":
      return state.message;
    case "idle":
      return "";
  }
}
