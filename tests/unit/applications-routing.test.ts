import { describe, expect, it } from "vitest";
import { aractForPostcode, departementOf } from "@/lib/applications/routing";
import { applicationVerdict, APPLICATION_LIMIT_PER_EMAIL, APPLICATION_LIMIT_PER_IP } from "@/lib/applications/rules";
import { ApplicationInput, ApplicationStatusParam, CONSENT_MESSAGE } from "@/lib/applications/schemas";
import { withSiretCheckDigit } from "@/lib/companies/siret";

describe("the département of a postcode", () => {
  it("reads the first two digits, three overseas, and Corsica's two départements", () => {
    expect(departementOf("29200")).toBe("29");
    expect(departementOf("01000")).toBe("01");
    expect(departementOf("75011")).toBe("75");
    expect(departementOf("97400")).toBe("974");
    expect(departementOf("97230")).toBe("972");
    expect(departementOf("20000")).toBe("2A");
    expect(departementOf("20167")).toBe("2A");
    expect(departementOf("20200")).toBe("2B");
    expect(departementOf("20600")).toBe("2B");
  });

  it("reads nothing from what is no French postcode", () => {
    for (const code of ["", "2920", "292000", "ABCDE", "00100"]) expect(departementOf(code)).toBeNull();
  });
});

describe("routing an application to the Aract of its département", () => {
  const aracts = [
    { id: "bretagne", departements: ["22", "29", "35", "56"] },
    { id: "corse", departements: ["2A", "2B"] },
    { id: "reunion", departements: ["974"] },
    { id: "idf", departements: ["75", "77"] },
    { id: "doublon", departements: ["77"] },
  ];

  it("finds the one Aract covering the département", () => {
    expect(aractForPostcode("29200", aracts)).toBe("bretagne");
    expect(aractForPostcode("56100", aracts)).toBe("bretagne");
    expect(aractForPostcode("20090", aracts)).toBe("corse");
    expect(aractForPostcode("97410", aracts)).toBe("reunion");
    expect(aractForPostcode("75011", aracts)).toBe("idf");
  });

  it("routes nowhere when no Aract covers it, or two claim it: the national team decides", () => {
    expect(aractForPostcode("69001", aracts)).toBeNull();
    expect(aractForPostcode("77000", aracts)).toBeNull();
    expect(aractForPostcode("abcde", aracts)).toBeNull();
  });
});

describe("the public form's rules", () => {
  it("stops at the limit per address or per IP", () => {
    expect(applicationVerdict({ forEmail: 0, forIp: 0 })).toBe("allowed");
    expect(applicationVerdict({ forEmail: APPLICATION_LIMIT_PER_EMAIL - 1, forIp: APPLICATION_LIMIT_PER_IP - 1 })).toBe("allowed");
    expect(applicationVerdict({ forEmail: APPLICATION_LIMIT_PER_EMAIL, forIp: 0 })).toBe("too-many");
    expect(applicationVerdict({ forEmail: 0, forIp: APPLICATION_LIMIT_PER_IP })).toBe("too-many");
  });

  const valid = {
    target: { kind: "programme", id: "p" },
    company: { name: "Crèche", siret: withSiretCheckDigit("4100000000001"), nafCode: "8891A", headcount: 12, postalCode: "29200", city: "" },
    direction: { firstName: "Anne", lastName: "Le Du", jobTitle: "", email: "anne@creche.fr" },
    staffRepresentative: { firstName: "Loïc", lastName: "Bras", jobTitle: "", email: "" },
    project: "Prévenir l'usure.",
    consent: true,
    website: "",
  };
  // The first message of each field, as the form shows it.
  const problems = (input: unknown) =>
    Object.fromEntries(
      (ApplicationInput.safeParse(input).error?.issues ?? []).reverse().map((issue) => [issue.path.join("."), issue.message]),
    );

  it("takes a valid application, and requires the consent, the postcode and a project", () => {
    expect(problems(valid)).toEqual({});
    expect(problems({ ...valid, consent: false })).toEqual({ consent: CONSENT_MESSAGE });
    expect(problems({ ...valid, company: { ...valid.company, postalCode: "" } })).toEqual({
      "company.postalCode": "Saisissez le code postal.",
    });
    expect(problems({ ...valid, project: " " })).toEqual({ project: "Saisissez votre projet en quelques lignes." });
  });
});

describe("the applications list's tab in its address", () => {
  it("reads each tab's address, and anything else as the applications to examine", () => {
    expect(ApplicationStatusParam.parse("acceptees")).toBe("ACCEPTED");
    expect(ApplicationStatusParam.parse("refusees")).toBe("DECLINED");
    expect(ApplicationStatusParam.parse("a-examiner")).toBe("PENDING");
    for (const other of [undefined, "", "ACCEPTED", ["acceptees"]]) expect(ApplicationStatusParam.parse(other)).toBe("PENDING");
  });
});
