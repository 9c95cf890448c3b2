import { describe, expect, it } from "vitest";
import {
  AnswerQueue,
  formatClock,
  formStatusText,
  questionStatusText,
  readPending,
  storageKey,
  type KeyValueStore,
  type PendingAnswer,
  type SendOutcome,
} from "@/lib/diagnostics/autosave";

// The autosave of the diagnostic form, without a browser: a Map stands for localStorage, a fake server
// keeps versions like the real one (a save based on an older version is refused), and the network can
// be cut.

class FakeStore implements KeyValueStore {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

class FakeServer {
  online = true;
  readonly stored = new Map<string, { value: unknown; version: number }>();
  readonly received: PendingAnswer[] = [];
  /** Resolves the next save only when asked (to type while a save is under way). */
  hold = false;
  private held: (() => void)[] = [];

  send = async (answer: PendingAnswer): Promise<SendOutcome> => {
    if (this.hold) await new Promise<void>((resolve) => this.held.push(resolve));
    if (!this.online) throw new TypeError("Failed to fetch");
    this.received.push(answer);
    const current = this.stored.get(answer.questionId) ?? { value: null, version: 0 };
    if (answer.baseVersion !== current.version) {
      return { kind: "conflict", message: "modifiée ailleurs", stored: current as { value: null; version: number } };
    }
    if (answer.value === "invalide") return { kind: "refused", message: "Saisissez un nombre." };
    const version = current.version + 1;
    this.stored.set(answer.questionId, { value: answer.value, version });
    return { kind: "saved", version, savedAt: "2026-10-20T12:32:00.000Z" };
  };

  release() {
    const held = this.held;
    this.held = [];
    this.hold = false;
    held.forEach((resolve) => resolve());
  }
}

function setUp(versions: Record<string, number> = {}, store = new FakeStore(), server = new FakeServer()) {
  let time = 1000;
  const initial = Object.fromEntries(Object.entries(versions).map(([id, version]) => [id, { value: null, version }]));
  const queue = new AnswerQueue({ draftKey: "p1:t1:me", store, initial, send: server.send, isOnline: () => server.online, now: () => (time += 10) });
  return { queue, store, server };
}

describe("autosave: every change is kept on the device before it is sent", () => {
  it("sends a change, then forgets it once stored", async () => {
    const { queue, store, server } = setUp();
    queue.edit("q1", 4);
    expect(readPending(store, "p1:t1:me")).toMatchObject([{ questionId: "q1", value: 4, baseVersion: 0 }]);
    await queue.flush("q1");
    expect(server.stored.get("q1")).toEqual({ value: 4, version: 1 });
    expect(store.items.has(storageKey("p1:t1:me"))).toBe(false);
    expect(queue.stateOf("q1")).toEqual({ state: "saved", savedAt: "2026-10-20T12:32:00.000Z" });
    expect(formStatusText(queue.summary(), queue.lastSavedAt)).toBe("Enregistré à 14 h 32.");
  });

  it("bases each save on the version the previous one returned", async () => {
    const { queue, server } = setUp({ q1: 3 });
    server.stored.set("q1", { value: 2, version: 3 });
    queue.edit("q1", 4);
    await queue.flush();
    queue.edit("q1", 5);
    await queue.flush();
    expect(server.received.map((a) => [a.value, a.baseVersion])).toEqual([
      [4, 3],
      [5, 4],
    ]);
    expect(server.stored.get("q1")).toEqual({ value: 5, version: 5 });
  });

  it("sends a value typed during a save right after it, on the new version, and only the latest", async () => {
    const { queue, server } = setUp();
    server.hold = true;
    queue.edit("q1", "Des plan");
    const first = queue.flush("q1");
    queue.edit("q1", "Des plannings");
    queue.edit("q1", "Des plannings tardifs");
    const second = queue.flush("q1"); // a save is under way: nothing more is sent now
    server.release();
    await Promise.all([first, second]);
    expect(server.received.map((a) => [a.value, a.baseVersion])).toEqual([
      ["Des plan", 0],
      ["Des plannings tardifs", 1],
    ]);
    expect(server.stored.get("q1")).toEqual({ value: "Des plannings tardifs", version: 2 });
    expect(queue.hasUnsent()).toBe(false);
  });
});

/** A server like the real one: it recognises a save sent again, and a base of the author's own lost saves. */
class IdempotentServer extends FakeServer {
  readonly lastSaveId = new Map<string, string>();
  /** The next save is stored, but its answer is lost on the way back. */
  loseNextAnswer = false;

  override send = async (answer: PendingAnswer): Promise<SendOutcome> => {
    this.received.push(answer);
    const current = this.stored.get(answer.questionId) ?? { value: null, version: 0 };
    const last = this.lastSaveId.get(answer.questionId);
    if (last === answer.saveId) return { kind: "saved", version: current.version, savedAt: "2026-10-20T12:32:00.000Z" };
    if (answer.baseVersion !== current.version && !(last && answer.priorSaveIds.includes(last))) {
      return { kind: "conflict", message: "modifiée ailleurs", stored: current as { value: null; version: number } };
    }
    const version = current.version + 1;
    this.stored.set(answer.questionId, { value: answer.value, version });
    this.lastSaveId.set(answer.questionId, answer.saveId);
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      throw new TypeError("Failed to fetch");
    }
    return { kind: "saved", version, savedAt: "2026-10-20T12:32:00.000Z" };
  };
}

describe("autosave when a save's answer is lost", () => {
  it("sends the same save again, which the server recognises: no conflict with oneself", async () => {
    const server = new IdempotentServer();
    const { queue } = setUp({}, new FakeStore(), server);
    queue.edit("q1", 3);
    server.loseNextAnswer = true;
    await queue.flush("q1");
    expect(queue.stateOf("q1")).toEqual({ state: "offline" });
    await queue.flush();
    expect(queue.stateOf("q1").state).toBe("saved");
    expect(server.received.map((a) => a.saveId)).toEqual([server.received[0]!.saveId, server.received[0]!.saveId]);
    expect(server.stored.get("q1")).toEqual({ value: 3, version: 1 });
  });

  it("names the lost save when a newer value follows it, so the server takes it as the author's own", async () => {
    const server = new IdempotentServer();
    const { queue } = setUp({}, new FakeStore(), server);
    queue.edit("q1", "brouillon");
    server.loseNextAnswer = true;
    await queue.flush("q1");
    queue.edit("q1", "brouillon complété");
    await queue.flush();
    expect(queue.stateOf("q1").state).toBe("saved");
    const [lost, newer] = server.received;
    expect(newer!.priorSaveIds).toEqual([lost!.saveId]);
    expect(server.stored.get("q1")).toEqual({ value: "brouillon complété", version: 2 });
  });

  it("still shows a conflict when the stored version is another device's", async () => {
    const server = new IdempotentServer();
    server.stored.set("q1", { value: 5, version: 1 });
    server.lastSaveId.set("q1", "autre-appareil");
    const { queue } = setUp({}, new FakeStore(), server);
    queue.edit("q1", 2);
    await queue.flush();
    expect(queue.stateOf("q1").state).toBe("conflict");
  });
});

describe("autosave under a dropped connection", () => {
  it("keeps what could not be sent, says so, and sends it when the network is back", async () => {
    const { queue, store, server } = setUp();
    server.online = false;
    queue.edit("q1", 4);
    queue.edit("q2", "Plannings tardifs");
    await queue.flush();
    expect(queue.stateOf("q1")).toEqual({ state: "offline" });
    expect(formStatusText(queue.summary(), null)).toBe("Hors connexion : vos réponses seront envoyées au retour du réseau.");
    expect(questionStatusText(queue.stateOf("q2"))).toMatch(/Pas encore envoyé \(hors connexion\)/);
    expect(readPending(store, "p1:t1:me").map((a) => a.questionId)).toEqual(["q1", "q2"]);

    server.online = true;
    await queue.flush();
    expect(server.stored.get("q1")).toEqual({ value: 4, version: 1 });
    expect(server.stored.get("q2")).toEqual({ value: "Plannings tardifs", version: 1 });
    expect(store.items.size).toBe(0);
  });

  it("treats a request lost on the way (navigator says online, fetch fails) like a dropped connection", async () => {
    const store = new FakeStore();
    const server = new FakeServer();
    const queue = new AnswerQueue({ draftKey: "k", store, initial: {}, send: server.send });
    server.online = false;
    queue.edit("q1", 2);
    await queue.flush();
    expect(queue.stateOf("q1")).toEqual({ state: "offline" });
    expect(readPending(store, "k")).toHaveLength(1);
  });

  it("replays on the next visit what a closed tab left unsent", async () => {
    const store = new FakeStore();
    const server = new FakeServer();
    server.online = false;
    const before = setUp({}, store, server).queue;
    before.edit("q1", 3);
    await before.flush();
    // The tab is closed. The person comes back later, online.
    server.online = true;
    const after = setUp({}, store, server).queue;
    expect(after.valueOf("q1")).toBeNull();
    expect(after.restore()).toMatchObject([{ questionId: "q1", value: 3, baseVersion: 0 }]);
    expect(after.valueOf("q1")).toBe(3);
    await after.flush();
    expect(server.stored.get("q1")).toEqual({ value: 3, version: 1 });
    expect(store.items.size).toBe(0);
  });

  it("does not overwrite a value saved meanwhile from another device: both are shown, the person chooses", async () => {
    const store = new FakeStore();
    const server = new FakeServer();
    server.online = false;
    const laptop = setUp({ q1: 1 }, store, server).queue;
    server.stored.set("q1", { value: 2, version: 1 });
    laptop.edit("q1", 5);
    await laptop.flush();
    // Meanwhile, on the phone, the same person answers 4.
    server.stored.set("q1", { value: 4, version: 2 });
    server.online = true;
    await laptop.flush();
    expect(laptop.stateOf("q1")).toEqual({ state: "conflict", message: "modifiée ailleurs", mine: 5, stored: { value: 4, version: 2 } });
    expect(server.stored.get("q1")).toEqual({ value: 4, version: 2 });
    expect(readPending(store, "p1:t1:me")).toMatchObject([{ value: 5 }]);
    // Not sent again on its own:
    await laptop.flush();
    expect(server.received).toHaveLength(1);

    await laptop.keepMine("q1");
    expect(server.stored.get("q1")).toEqual({ value: 5, version: 3 });
    expect(store.items.size).toBe(0);
  });

  it("can take the stored value instead, dropping the unsent one", async () => {
    const { queue, store, server } = setUp({ q1: 0 });
    server.stored.set("q1", { value: 4, version: 2 });
    queue.edit("q1", 5);
    await queue.flush();
    expect(queue.valueOf("q1")).toBe(5);
    expect(queue.takeStored("q1")).toBe(4);
    expect(queue.valueOf("q1")).toBe(4);
    expect(queue.stateOf("q1")).toEqual({ state: "idle" });
    expect(store.items.size).toBe(0);
    queue.edit("q1", 3);
    await queue.flush();
    expect(server.stored.get("q1")).toEqual({ value: 3, version: 3 });
  });

  it("drops a value the server refuses (the field shows why) rather than sending it forever", async () => {
    const { queue, store } = setUp();
    queue.edit("q1", "invalide");
    await queue.flush();
    expect(queue.stateOf("q1")).toEqual({ state: "refused", message: "Saisissez un nombre." });
    expect(store.items.size).toBe(0);
  });

  it("ignores unreadable storage", () => {
    const store = new FakeStore();
    store.setItem(storageKey("k"), "{not json");
    expect(readPending(store, "k")).toEqual([]);
    store.setItem(storageKey("k"), JSON.stringify([{ questionId: 1 }, { questionId: "q", value: 2, baseVersion: 0, typedAt: 1 }]));
    // An entry left by a page of before save ids gets one of its own.
    expect(readPending(store, "k")).toEqual([
      { questionId: "q", value: 2, baseVersion: 0, typedAt: 1, saveId: expect.stringMatching(/^[0-9a-f]{32}$/), priorSaveIds: [] },
    ]);
  });

  it("writes the time the French way", () => {
    expect(formatClock("2026-10-20T07:05:00.000Z")).toBe("9 h 05");
  });
});
