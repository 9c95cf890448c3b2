import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";

describe("the client's IP for rate limiting", () => {
  it("takes the entry appended by the nearest hop, not what the client sent", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then to one shared bucket", () => {
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIp(new Headers())).toBe("inconnue");
  });
});
