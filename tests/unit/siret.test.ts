import { describe, expect, it } from "vitest";
import { formatSiret, isValidSiret, normalizeSiret, withSiretCheckDigit } from "@/lib/companies/siret";

describe("SIRET checksum", () => {
  it("accepts real SIRETs", () => {
    expect(isValidSiret("73282932000074")).toBe(true); // Apple France, Paris
    expect(isValidSiret("55208131766522")).toBe(true); // EDF siège
    expect(isValidSiret("130 025 265 00013")).toBe(true); // printed with spaces
  });

  it("refuses a wrong check digit, a wrong length or letters", () => {
    expect(isValidSiret("73282932000075")).toBe(false);
    expect(isValidSiret("7328293200007")).toBe(false);
    expect(isValidSiret("732829320000744")).toBe(false);
    expect(isValidSiret("7328293200007A")).toBe(false);
    expect(isValidSiret("")).toBe(false);
  });

  it("applies La Poste's rule (sum of digits a multiple of 5) to its establishments", () => {
    expect(isValidSiret("35600000049837")).toBe(true);
    expect(isValidSiret("35600000049838")).toBe(false);
    expect(isValidSiret("35600000000048")).toBe(true); // the head office follows Luhn
  });

  it("completes 13 digits with the check digit", () => {
    const siret = withSiretCheckDigit("1234567890123");
    expect(siret).toHaveLength(14);
    expect(isValidSiret(siret)).toBe(true);
  });

  it("normalizes and formats", () => {
    expect(normalizeSiret("732 829 320 00074")).toBe("73282932000074");
    expect(formatSiret("73282932000074")).toBe("732 829 320 00074");
  });
});
