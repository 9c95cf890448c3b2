import { describe, expect, it } from "vitest";
import { checkAnswer, formatAnswer, numberInputText, readNumberInput, type QuestionRule } from "@/lib/diagnostics/answers";

const scale: QuestionRule = { type: "SCALE", options: [{ value: "4", label: "Plutôt d'accord" }] };
const choices = [
  { value: "bruit", label: "Bruit" },
  { value: "froid", label: "Froid" },
];
const rule = (type: QuestionRule["type"], extra: Partial<QuestionRule> = {}): QuestionRule => ({ type, options: choices, ...extra });

const refused = (question: QuestionRule, value: unknown) => {
  const check = checkAnswer(question, value);
  return check.ok ? null : check.message;
};

describe("answers, checked per question type", () => {
  it("clears an answer with null, whatever the type", () => {
    for (const type of ["SCALE", "YES_NO", "NUMBER", "PERCENTAGE", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "TEXT"] as const) {
      expect(checkAnswer(rule(type), null)).toEqual({ ok: true, value: null });
    }
  });

  it("takes a scale level as an integer from 1 to 5", () => {
    expect(checkAnswer(scale, 1)).toEqual({ ok: true, value: 1 });
    expect(checkAnswer(scale, 5)).toEqual({ ok: true, value: 5 });
    for (const wrong of [0, 6, 2.5, "3", true, [3]]) expect(refused(scale, wrong)).toBe("Choisissez un niveau de 1 à 5.");
  });

  it("takes yes or no as a boolean", () => {
    expect(checkAnswer(rule("YES_NO"), false)).toEqual({ ok: true, value: false });
    expect(refused(rule("YES_NO"), "oui")).toBe("Répondez par oui ou par non.");
    expect(refused(rule("YES_NO"), 1)).toBe("Répondez par oui ou par non.");
  });

  it("takes a finite number, not negative unless the question allows it", () => {
    expect(checkAnswer(rule("NUMBER"), 12.5)).toEqual({ ok: true, value: 12.5 });
    expect(checkAnswer(rule("NUMBER"), 0)).toEqual({ ok: true, value: 0 });
    expect(refused(rule("NUMBER"), -1)).toBe("Le nombre ne peut pas être négatif.");
    expect(refused(rule("NUMBER"), Number.POSITIVE_INFINITY)).toMatch(/Saisissez un nombre/);
    expect(refused(rule("NUMBER"), "douze")).toMatch(/Saisissez un nombre, par exemple 12 ou 12,5/);
    expect(checkAnswer(rule("NUMBER", { min: -10 }), -3)).toEqual({ ok: true, value: -3 });
    expect(refused(rule("NUMBER", { min: -10 }), -11)).toBe("Le nombre doit valoir au moins -10.");
  });

  it("takes a percentage from 0 to 100", () => {
    expect(checkAnswer(rule("PERCENTAGE"), 37.5)).toEqual({ ok: true, value: 37.5 });
    expect(checkAnswer(rule("PERCENTAGE"), 100)).toEqual({ ok: true, value: 100 });
    for (const wrong of [-0.1, 100.5, "50"]) expect(refused(rule("PERCENTAGE"), wrong)).toMatch(/entre 0 et 100/);
  });

  it("takes one of the options for a single choice", () => {
    expect(checkAnswer(rule("SINGLE_CHOICE"), "froid")).toEqual({ ok: true, value: "froid" });
    expect(refused(rule("SINGLE_CHOICE"), "chaud")).toBe("Choisissez une des réponses proposées.");
    expect(refused(rule("SINGLE_CHOICE"), ["froid"])).toBe("Choisissez une des réponses proposées.");
  });

  it("takes a non-empty list of distinct options for a multiple choice", () => {
    expect(checkAnswer(rule("MULTIPLE_CHOICE"), ["bruit", "froid"])).toEqual({ ok: true, value: ["bruit", "froid"] });
    expect(refused(rule("MULTIPLE_CHOICE"), [])).toMatch(/Cochez au moins une réponse/);
    expect(refused(rule("MULTIPLE_CHOICE"), ["bruit", "bruit"])).toMatch(/qu'une fois/);
    expect(refused(rule("MULTIPLE_CHOICE"), ["bruit", "chaud"])).toMatch(/parmi celles proposées/);
    expect(refused(rule("MULTIPLE_CHOICE"), "bruit")).toMatch(/parmi celles proposées/);
  });

  it("takes a text of 5 000 characters at most, trimmed; blank clears it", () => {
    expect(checkAnswer(rule("TEXT"), "  Des plannings tardifs. ")).toEqual({ ok: true, value: "Des plannings tardifs." });
    expect(checkAnswer(rule("TEXT"), "   ")).toEqual({ ok: true, value: null });
    expect(checkAnswer(rule("TEXT"), "a".repeat(5000)).ok).toBe(true);
    expect(refused(rule("TEXT"), "a".repeat(5001))).toBe("5\u202f000 caractères au plus (vous en avez saisi 5\u202f001).");
    expect(refused(rule("TEXT"), 12)).toBe("Saisissez un texte.");
  });
});

describe("numbers typed the French way", () => {
  it("reads commas and spaces, and leaves what is not a number for the check to explain", () => {
    expect(readNumberInput("12,5")).toBe(12.5);
    expect(readNumberInput("1 200")).toBe(1200);
    expect(readNumberInput(" ")).toBeNull();
    expect(readNumberInput("douze")).toBe("douze");
    expect(numberInputText(12.5)).toBe("12,5");
    expect(numberInputText(null)).toBe("");
  });
});

describe("answers in words", () => {
  it("says each type the way a person reads it", () => {
    expect(formatAnswer(scale, 4)).toBe("4 – Plutôt d'accord");
    expect(formatAnswer(scale, 2)).toBe("2 sur 5");
    expect(formatAnswer({ type: "SCALE", options: [{ value: "4", label: "4 – plutôt d'accord" }] }, 4)).toBe("4 – plutôt d'accord");
    expect(formatAnswer(rule("YES_NO"), true)).toBe("Oui");
    expect(formatAnswer(rule("PERCENTAGE"), 37.5)).toBe("37,5 %");
    expect(formatAnswer(rule("MULTIPLE_CHOICE"), ["froid", "bruit"])).toBe("Froid ; Bruit");
    expect(formatAnswer(rule("TEXT"), null)).toBe("sans réponse");
  });
});
