import { describe, expect, it } from "vitest";
import { clientIp, resolveClientIp } from "@/lib/auth/client-ip";

describe("the client's address for the per-IP limits", () => {
  it("is the socket's peer when no proxy is trusted, whatever the client writes in X-Forwarded-For", () => {
    expect(resolveClientIp("203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    expect(resolveClientIp("203.0.113.9", "6.6.6.6", 0)).toBe("203.0.113.9");
    expect(resolveClientIp("203.0.113.9", "6.6.6.6, 7.7.7.7", 0)).toBe("203.0.113.9");
  });

  it("behind trusted proxies, is the entry the outermost one appended", () => {
    // client → nginx (appends the client) → app: the socket is nginx.
    expect(resolveClientIp("10.0.0.2", "198.51.100.4", 1)).toBe("198.51.100.4");
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 198.51.100.4", 1)).toBe("198.51.100.4");
    // client → CDN → nginx → app.
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 198.51.100.4, 192.0.2.7", 2)).toBe("198.51.100.4");
  });

  it("when a request skipped the proxies, takes the furthest address given rather than nothing", () => {
    expect(resolveClientIp("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(resolveClientIp("10.0.0.2", "198.51.100.4", 3)).toBe("198.51.100.4");
  });

  it("is read in the app from the one entry the server set, or one shared bucket", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers())).toBe("inconnue");
  });
});
