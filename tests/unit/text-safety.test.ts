import { describe, expect, it } from "vitest";
import { z } from "@/lib/forms/zod";
import { optionalText, requiredText, requiredNumber } from "@/lib/forms/fields";
import { INVALID_CHARACTER, MALFORMED_REQUEST, TOO_DEEP, isWellFormedText, textProblemOf } from "@/lib/forms/text";

describe("well-formed text", () => {
  it("accepts French text, emoji and other astral characters", () => {
    for (const value of ["Égalité professionnelle", "Café – « QVCT »", "😀 ok", "𝔸ract", ""]) {
      expect(isWellFormedText(value), value).toBe(true);
    }
  });

  it("refuses a NUL character and lone halves of surrogate pairs", () => {
    for (const value of ["a\u0000b", "\u0000", "fin\uD83D", "\uDE00début", "a\uDE00\uD83Db"]) {
      expect(isWellFormedText(value), JSON.stringify(value)).toBe(false);
    }
  });

  it("is checked by the shared text fields, with a French message next to the field", () => {
    const schema = z.object({ name: requiredText("un nom"), note: optionalText() });
    const result = schema.safeParse({ name: "Atelier\u0000", note: "ok" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["name", INVALID_CHARACTER]]);
    expect(schema.safeParse({ name: "x", note: "\uD800" }).error?.issues[0]?.message).toBe(INVALID_CHARACTER);
  });
});

describe("an action's whole input", () => {
  it("names the field path of the first bad string, keys included", () => {
    expect(textProblemOf({ pair: { direction: { email: "a\u0000@b.fr" } } })).toEqual({
      path: "pair.direction.email",
      message: INVALID_CHARACTER,
    });
    expect(textProblemOf({ ids: ["ok", "k\uDC00"] })?.path).toBe("ids.1");
    expect(textProblemOf({ ["clé\u0000"]: 1 })?.message).toBe(INVALID_CHARACTER);
    expect(textProblemOf({ a: 1, b: [true, null, "texte"], c: { d: "😀" } })).toBeNull();
  });

  it("refuses a payload nested deeper than any form", () => {
    let deep: unknown = "fond";
    for (let i = 0; i < 5000; i++) deep = { x: deep };
    expect(textProblemOf(deep)).toEqual({ path: "_form", message: TOO_DEEP });
  });

  it("refuses a list or an object longer than any form's, at its path", () => {
    expect(textProblemOf({ handovers: Array(70_000).fill("x") })).toEqual({ path: "handovers", message: MALFORMED_REQUEST });
    const statuses = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`p${i}`, "PRESENT"]));
    expect(textProblemOf({ statuses })?.path).toBe("statuses");
    expect(textProblemOf({ personIds: Array(500).fill("id") })).toBeNull();
  });
});

describe("zod's own messages", () => {
  it("are French where a schema gives none of its own", () => {
    const messages = [
      z.number().min(0).safeParse(-1),
      z.string().max(3).safeParse("abcdef"),
      z.object({ a: z.string() }).safeParse({}),
      z.enum(["A", "B"]).safeParse("C"),
    ].map((r) => r.error?.issues[0]?.message ?? "");
    for (const message of messages) {
      expect(message).not.toMatch(/expected|Too (small|big)|Invalid/);
      expect(message).toMatch(/[a-zé]/);
    }
    expect(messages[0]).toMatch(/petit|supérieur/i);
  });

  it("leave the app's own messages as they are", () => {
    expect(requiredNumber("un effectif").safeParse(Number.NaN).error?.issues[0]?.message).toBe("Saisissez un effectif.");
  });
});
