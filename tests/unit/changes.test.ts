import { describe, expect, it } from "vitest";
import { changedFields } from "@/lib/audit/changes";

describe("the audit trail's change sets", () => {
  it("keeps only the fields that changed, dates as days", () => {
    const before: Record<string, unknown> = { name: "A", startDate: new Date("2026-09-01"), planned: 5, territory: null };
    const after = { name: "A", startDate: new Date("2026-10-01"), planned: 5, territory: "Brest" };
    expect(changedFields(before, after)).toEqual({
      startDate: ["2026-09-01", "2026-10-01"],
      territory: [null, "Brest"],
    });
  });
});
