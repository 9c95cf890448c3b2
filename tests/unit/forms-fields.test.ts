import { describe, expect, it } from "vitest";
import { checkboxList, Day, MAX_INTEGER, version } from "@/lib/forms/fields";
import { MALFORMED_REQUEST } from "@/lib/forms/text";
import { z } from "@/lib/forms/zod";

// Bounds found by the fuzz of the server actions (tests/integration/actions-fuzz-*.test.ts): each value
// here reached PostgreSQL and came back as an unexpected error.

describe("a calendar day", () => {
  it("lies between 1900 and 2100: PostgreSQL has no year 0", () => {
    for (const day of ["1900-01-01", "2026-12-08", "2100-12-31"]) expect(Day.safeParse(day).success, day).toBe(true);
    for (const day of ["0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31"]) {
      expect(Day.safeParse(day).error?.issues[0]?.message, day).toBe("Saisissez une date entre 1900 et 2100.");
    }
  });
});

describe("the version a form sends back", () => {
  it("fits in the integer column that holds it", () => {
    expect(version().safeParse(MAX_INTEGER).success).toBe(true);
    for (const value of [MAX_INTEGER + 1, -1, 1.5, Number.NaN, "3"]) {
      expect(version().safeParse(value).error?.issues[0]?.message, String(value)).toBe(MALFORMED_REQUEST);
    }
    expect(version(1).safeParse(0).success).toBe(false);
  });
});

describe("a group of checkboxes", () => {
  it("reads each value once, however often it is sent", () => {
    expect(checkboxList(z.string(), "Choisissez.").parse(["a", "b", "a", "a"])).toEqual(["a", "b"]);
  });
});
