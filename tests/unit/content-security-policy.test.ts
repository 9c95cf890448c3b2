import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";

const directives = (policy: string) =>
  Object.fromEntries(policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]));

describe("the Content-Security-Policy", () => {
  it("lets scripts run from this site with the request's nonce only, and frames nothing", () => {
    const policy = directives(contentSecurityPolicy("abc123=="));
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["form-action"]).toEqual(["'self'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
    expect(policy["default-src"]).toEqual(["'self'"]);
  });

  it("lets React's development mode evaluate code in development only", () => {
    expect(directives(contentSecurityPolicy("n", { development: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n")).not.toContain("unsafe-eval");
  });

  it("gives a prerendered page, which has no nonce, this site's inline scripts", () => {
    expect(directives(contentSecurityPolicy(null))["script-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("draws a new nonce of 128 bits each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
