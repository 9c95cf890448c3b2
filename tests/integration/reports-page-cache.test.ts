import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { invalidateReports } from "@/lib/reports/cache";
import { CACHE_STATUS_HEADER, serveReportPage, type RenderedPage } from "@/lib/reports/page-cache";
import { createTwoAracts, testDb } from "../factories";
import { actAs } from "../support/session";
import { log } from "@/lib/log";

// The proxy's page cache, with a renderer of our own in place of the request to the server: what is
// rendered, for whom, and when it is rendered again. The caller is authorized for real (actAs only
// stands for the session cookie).

const db = testDb();
let nationalId: string;
let westId: string;
let westStaffId: string;
let eastStaffId: string;
let pairMemberId: string;

const request = (address: string, headers: Record<string, string> = {}, method = "GET") =>
  new NextRequest(new URL(address, "http://localhost"), {
    method,
    headers: { cookie: "next-auth.session-token=jeton", ...headers },
  });

/** A renderer that writes who asked what, and counts its renders. */
function renderer(status = 200, extraHeaders: [string, string][] = [], padding = 0) {
  const calls: string[] = [];
  const render = async (req: NextRequest): Promise<RenderedPage> => {
    calls.push(req.nextUrl.pathname + req.nextUrl.search);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const text = `rendu ${calls.length} de ${req.nextUrl.search}${" ".repeat(padding)}`;
    const body = new TextEncoder().encode(text).buffer as ArrayBuffer;
    return {
      status,
      headers: [["content-type", "text/html; charset=utf-8"], ...extraHeaders],
      body,
      setsCookie: extraHeaders.some(([name]) => name === "set-cookie"),
    };
  };
  return { render, calls };
}

async function served(req: NextRequest, render: ReturnType<typeof renderer>["render"]) {
  const response = await serveReportPage(req, render);
  return response && { status: response.status, cache: response.headers.get(CACHE_STATUS_HEADER), body: await response.text() };
}

beforeAll(async () => {
  const world = await createTwoAracts(db);
  westId = world.aract.id;
  nationalId = world.national.id;
  westStaffId = world.charge.id;
  eastStaffId = world.otherCharge.id;
  pairMemberId = world.member.user.id;
}, 60_000);
afterAll(() => db.$disconnect());

describe("the report pages kept in memory", () => {
  it("renders a page once for a caller and address, then serves it from memory", async () => {
    const { render, calls } = renderer();
    actAs(nationalId);
    const first = await served(request("/rapports?theme=QVCT"), render);
    expect(first).toEqual({ status: 200, cache: "miss", body: "rendu 1 de ?theme=QVCT" });
    const second = await served(request("/rapports?theme=QVCT"), render);
    expect(second).toEqual({ status: 200, cache: "hit", body: "rendu 1 de ?theme=QVCT" });
    expect(calls).toEqual(["/rapports?theme=QVCT"]);
  });

  it("renders once for simultaneous first visits", async () => {
    const { render, calls } = renderer();
    actAs(nationalId);
    const answers = await Promise.all([1, 2, 3].map(() => served(request("/rapports?de=2020"), render)));
    expect(calls).toHaveLength(1);
    expect(answers.map((answer) => answer?.body)).toEqual(Array(3).fill("rendu 1 de ?de=2020"));
  });

  it("keeps one page per caller, per address and per kind of request (page or RSC payload)", async () => {
    const { render, calls } = renderer();
    actAs(nationalId);
    await served(request("/rapports?a=2021"), render);
    await served(request("/rapports?a=2021", { rsc: "1", "next-router-state-tree": "arbre" }), render);
    await served(request("/rapports?a=2021", { rsc: "1", "next-router-state-tree": "autre-arbre" }), render);
    await served(request("/rapports/clusters?a=2021"), render);
    actAs(westStaffId);
    const staff = await served(request("/rapports?a=2021"), render);
    expect(staff?.cache).toBe("miss");
    expect(calls).toHaveLength(5);
  });

  it("renders again the pages of an Aract and the national ones after a change in that Aract, not another Aract's", async () => {
    const { render, calls } = renderer();
    actAs(nationalId);
    await served(request("/rapports?b=1"), render);
    actAs(westStaffId);
    await served(request("/rapports?b=1"), render);
    actAs(eastStaffId);
    await served(request("/rapports?b=1"), render);
    expect(calls).toHaveLength(3);

    invalidateReports(westId);
    actAs(eastStaffId);
    expect((await served(request("/rapports?b=1"), render))?.cache).toBe("hit");
    actAs(westStaffId);
    expect((await served(request("/rapports?b=1"), render))?.cache).toBe("miss");
    actAs(nationalId);
    expect((await served(request("/rapports?b=1"), render))?.cache).toBe("miss");
    expect(calls).toHaveLength(5);
  });

  it("renders again in the next ten-minute window, and does not keep a page heavier than the store", async () => {
    const { render, calls } = renderer();
    actAs(nationalId);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-11-23T10:01:00Z"));
      await served(request("/rapports?e=1"), render);
      vi.setSystemTime(new Date("2026-11-23T10:09:59Z"));
      expect((await served(request("/rapports?e=1"), render))?.cache).toBe("hit");
      vi.setSystemTime(new Date("2026-11-23T10:10:00Z"));
      expect((await served(request("/rapports?e=1"), render))?.cache).toBe("miss");
      expect(calls).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }

    const heavy = renderer(200, [], 33 * 2 ** 20);
    expect((await served(request("/rapports?e=2"), heavy.render))?.cache).toBe("miss");
    expect((await served(request("/rapports?e=2"), heavy.render))?.cache).toBe("miss");
  });

  it("lets the page answer itself for a redirect, an error or a cookie, and keeps none of them", async () => {
    actAs(nationalId);
    for (const { render, calls } of [renderer(307), renderer(500), renderer(200, [["set-cookie", "a=b"]])]) {
      expect(await served(request("/rapports?c=1"), render)).toBeNull();
      expect(await served(request("/rapports?c=1"), render)).toBeNull();
      expect(calls).toHaveLength(2);
    }
  });

  it("renders nothing for a caller the page refuses, another page or another method", async () => {
    const { render, calls } = renderer();
    actAs(pairMemberId);
    expect(await served(request("/rapports"), render)).toBeNull();
    actAs(null);
    expect(await served(request("/rapports"), render)).toBeNull();
    actAs(nationalId);
    expect(await served(request("/clusters"), render)).toBeNull();
    expect(await served(request("/rapports/export?format=csv"), render)).toBeNull();
    expect(await served(request("/rapports", {}, "POST"), render)).toBeNull();
    expect(calls).toEqual([]);
  });

  it("lets the page answer itself when the render fails", async () => {
    actAs(nationalId);
    const failing = async (): Promise<RenderedPage> => {
      throw new Error("serveur injoignable");
    };
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    try {
      expect(await serveReportPage(request("/rapports?d=1"), failing)).toBeNull();
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
    }
  });
});
