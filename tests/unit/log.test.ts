import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";

// The app's server and the build of the app each load their own copy of src/lib/log.ts: the request's id set by
// the one must reach the lines written by the other.
describe("log lines", () => {
  it("are JSON with the id of the request being served, through awaits and timers, from either copy of the module", async () => {
    const server = await import("@/lib/log");
    vi.resetModules();
    const app = await import("@/lib/log");
    expect(app).not.toBe(server);
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const appLog = app.createLog(sink);
    await server.withRequestId("5b0e7a52-3f0c-4d3e-9a57-2f1de2a0c001", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      appLog.error({ path: "/clusters" }, "Action en échec.");
      app.outsideRequest(() => appLog.warn("Connexion inactive à la base perdue."));
    });
    appLog.info("hors requête");
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toMatchObject([
      { level: "error", message: "Action en échec.", path: "/clusters", requestId: "5b0e7a52-3f0c-4d3e-9a57-2f1de2a0c001" },
      { level: "warn", message: "Connexion inactive à la base perdue." },
      { level: "info", message: "hors requête" },
    ]);
    expect(lines[1]).not.toHaveProperty("requestId");
    expect(lines[2]).not.toHaveProperty("requestId");
    expect(typeof lines[0]!.time).toBe("string");
  });
});
