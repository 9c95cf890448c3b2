import { describe, expect, it } from "vitest";
import { ProgrammeInput } from "@/lib/programmes/schemas";
import { centsOf, eurosOf, formatYears } from "@/lib/programmes/rules";
import { DirectoryPartnerInput } from "@/lib/partners/schemas";
import { formatEuros } from "@/lib/format/fr";

const programme = { code: "tempo-2026", name: "Tempo", themes: ["EMPLOI_SENIORS"], funders: [] };

describe("the programme form", () => {
  it("reads a code typed in lower case in upper case, and refuses spaces, accents and loose hyphens", () => {
    expect(ProgrammeInput.parse(programme).code).toBe("TEMPO-2026");
    // The demo's national programmes use underscores: their administrator saves them as they are.
    expect(ProgrammeInput.parse({ ...programme, code: "Clusters_Egalite" }).code).toBe("CLUSTERS_EGALITE");
    for (const code of ["TEMPO 2026", "ÉGALITÉ", "-TEMPO", "TEMPO--2026", "TEMPO_-2026", "TEMPO_"]) {
      expect(ProgrammeInput.safeParse({ ...programme, code }).success, code).toBe(false);
    }
  });

  it("takes empty years and budget (NaN from the number inputs) as not given, and an end year before the start as an error", () => {
    const parsed = ProgrammeInput.parse({
      ...programme,
      startYear: Number.NaN,
      endYear: Number.NaN,
      budgetEuros: Number.NaN,
    });
    expect(parsed).toMatchObject({ startYear: undefined, endYear: undefined, budgetEuros: undefined });
    const wrong = ProgrammeInput.safeParse({ ...programme, startYear: 2028, endYear: 2026 });
    expect(wrong.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["endYear", "L'année de fin ne peut pas précéder l'année de début."],
    ]);
    expect(ProgrammeInput.safeParse({ ...programme, startYear: 2026.5 }).success).toBe(false);
  });
});

describe("amounts and years of a programme", () => {
  it("store euros as cents and read them back", () => {
    expect(centsOf(60000)).toBe(6_000_000n);
    expect(centsOf(12.345)).toBe(1235n);
    expect(centsOf(undefined)).toBeNull();
    expect(eurosOf(6_000_000n)).toBe(60000);
    expect(eurosOf(null)).toBeUndefined();
    expect(formatEuros(60000).replace(/\s/g, " ")).toBe("60 000 €");
  });

  it("say the years in French", () => {
    expect(formatYears(2014, 2015)).toBe("2014 – 2015");
    expect(formatYears(2014, 2014)).toBe("2014");
    expect(formatYears(2011, null)).toBe("depuis 2011");
    expect(formatYears(null, 2020)).toBe("jusqu'en 2020");
    expect(formatYears(null, null)).toBeNull();
  });
});

describe("the partner form", () => {
  it("keeps optional contact fields optional, lower-cases the address and checks the phone number", () => {
    const base = { name: "Carsat Bretagne", kind: "CARSAT", contactName: "", email: "", phone: "", notes: "" };
    expect(DirectoryPartnerInput.parse(base)).toEqual({ name: "Carsat Bretagne", kind: "CARSAT" });
    expect(DirectoryPartnerInput.parse({ ...base, email: " Contact@Carsat.FR " }).email).toBe("contact@carsat.fr");
    expect(DirectoryPartnerInput.parse({ ...base, phone: "+33 2 99 12 34 56" }).phone).toBe("+33 2 99 12 34 56");
    expect(DirectoryPartnerInput.safeParse({ ...base, phone: "standard" }).success).toBe(false);
    expect(DirectoryPartnerInput.safeParse({ ...base, kind: "BANQUE" }).success).toBe(false);
  });
});
