import { describe, expect, it } from "vitest";
import { EnrolCompanyInput, NafCode, NewCompanyInput, OptionalEmail, PostalCode, Siret } from "@/lib/companies/schemas";
import { ReplacePairMemberInput } from "@/lib/participations/schemas";

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("the SIRET field", () => {
  it("accepts a valid SIRET, printed with spaces or dots, and keeps its 14 digits", () => {
    expect(Siret.parse("732 829 320 00074")).toBe("73282932000074");
    expect(Siret.parse("732.829.320.00074")).toBe("73282932000074");
  });

  it("says in French what is wrong: missing, wrong length or letters, wrong check digit", () => {
    expect(messageOf(Siret.safeParse(""))).toBe("Saisissez le SIRET.");
    expect(messageOf(Siret.safeParse("7328293200007"))).toBe("Le SIRET compte 14 chiffres, sans lettre.");
    expect(messageOf(Siret.safeParse("7328293200007A"))).toBe("Le SIRET compte 14 chiffres, sans lettre.");
    expect(messageOf(Siret.safeParse("73282932000075"))).toMatch(/clé de contrôle/);
  });
});

describe("the NAF code field", () => {
  it("accepts INSEE's format and rewrites the usual variants", () => {
    expect(NafCode.parse("10.20Z")).toBe("10.20Z");
    expect(NafCode.parse("1020z")).toBe("10.20Z");
    expect(NafCode.parse(" 87.10a ")).toBe("87.10A");
  });

  it("refuses anything else with an example of the format", () => {
    for (const code of ["10.2Z", "1020", "AB.CDE", "10.20ZZ", "10-20Z"]) {
      expect(messageOf(NafCode.safeParse(code))).toMatch(/« 10\.20Z »/);
    }
    expect(messageOf(NafCode.safeParse(""))).toBe("Saisissez le code NAF.");
  });
});

describe("other company and person fields", () => {
  it("checks the postal code and the headcount", () => {
    expect(PostalCode.parse("")).toBeUndefined();
    expect(PostalCode.parse("29200")).toBe("29200");
    expect(messageOf(PostalCode.safeParse("2920"))).toBe("Le code postal compte 5 chiffres.");
    const company = { name: "Scierie", siret: "73282932000074", nafCode: "16.10A" };
    expect(messageOf(NewCompanyInput.safeParse({ ...company, headcount: 0 }))).toBe("Au moins 1 personne (salarié·e ou agent).");
    expect(messageOf(NewCompanyInput.safeParse({ ...company, headcount: 2.5 }))).toBe("Un nombre entier de personnes (salarié·es ou agents).");
    expect(messageOf(NewCompanyInput.safeParse({ ...company, headcount: Number.NaN }))).toBe("Saisissez l'effectif.");
  });

  it("lower-cases e-mail addresses and treats an empty one as absent", () => {
    expect(OptionalEmail.parse(" Marie.Le-Bihan@Conserverie-Armor.fr ")).toBe("marie.le-bihan@conserverie-armor.fr");
    expect(OptionalEmail.parse("")).toBeUndefined();
    expect(messageOf(OptionalEmail.safeParse("marie@"))).toMatch(/adresse e-mail valide/);
  });
});

describe("the enrolment form", () => {
  const person = { firstName: "Soizic", lastName: "Le Saout", jobTitle: "", email: "" };
  const input = {
    clusterId: "c1",
    company: { mode: "existing" as const, id: "co1" },
    direction: { ...person, firstName: "Yannick", email: "yannick@legumerie.fr" },
    staffRepresentative: person,
  };

  it("accepts a picked company and a staff representative without an address", () => {
    expect(EnrolCompanyInput.safeParse(input).success).toBe(true);
  });

  it("requires the names of both sides and the direction's address", () => {
    const result = EnrolCompanyInput.safeParse({
      ...input,
      direction: { ...person, firstName: "", email: "" },
      staffRepresentative: { ...person, lastName: "" },
    });
    const errors = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(errors).toMatchObject({
      "direction.firstName": "Saisissez le prénom.",
      "direction.email": expect.stringMatching(/adresse e-mail de la direction/),
      "staffRepresentative.lastName": "Saisissez le nom.",
    });
  });

  it("refuses the same address on both sides, and an empty choice of company", () => {
    const same = EnrolCompanyInput.safeParse({ ...input, staffRepresentative: { ...person, email: "YANNICK@legumerie.fr" } });
    expect(same.error?.issues.map((i) => i.path.join("."))).toEqual(["staffRepresentative.email"]);
    const none = EnrolCompanyInput.safeParse({ ...input, company: { mode: "existing", id: "" } });
    expect(messageOf(none)).toBe("Choisissez une entreprise.");
  });

  it("validates a new company's fields under company.*", () => {
    const result = EnrolCompanyInput.safeParse({
      ...input,
      company: { mode: "new", name: "", siret: "123", nafCode: "x", headcount: 12, city: "", postalCode: "" },
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["company.name", "company.siret", "company.nafCode"]);
  });
});

describe("replacing a pair member", () => {
  const person = { firstName: "Ronan", lastName: "Le Hir", jobTitle: "", email: "" };
  it("requires an address for the direction only", () => {
    expect(ReplacePairMemberInput.safeParse({ pairMemberId: "m", side: "STAFF_REPRESENTATIVE", person }).success).toBe(true);
    const direction = ReplacePairMemberInput.safeParse({ pairMemberId: "m", side: "DIRECTION", person });
    expect(direction.error?.issues.map((i) => i.path.join("."))).toEqual(["person.email"]);
  });
});
