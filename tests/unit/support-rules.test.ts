import { describe, expect, it } from "vitest";
import {
  clusterSupport,
  companySupport,
  overPlanWarning,
  supportDateProblem,
  toHalfDays,
} from "@/lib/support/rules";
import { SupportDayInput } from "@/lib/support/schemas";
import { formatDays } from "@/lib/format/fr";

describe("planned versus delivered support days", () => {
  it("counts in half-days, so that sums of tenths stay exact", () => {
    expect(toHalfDays(0.5)).toBe(1);
    expect(toHalfDays(2.5)).toBe(5);
    // 0.1 + 0.2 is not 0.3 in floating point; half-days never meet that problem.
    const support = companySupport(2.5, [0.5, 1, 0.5, 0.5]);
    expect(support).toEqual({
      plannedHalfDays: 5,
      deliveredHalfDays: 5,
      overHalfDays: 0,
      remainingHalfDays: 0,
      percent: 100,
    });
  });

  it("reports a company below, at and over its plan", () => {
    expect(companySupport(3, [0.5, 1])).toMatchObject({ remainingHalfDays: 3, overHalfDays: 0, percent: 50 });
    expect(companySupport(3, [])).toMatchObject({ deliveredHalfDays: 0, remainingHalfDays: 6, percent: 0 });
    const over = companySupport(3, [1, 1, 1, 1, 0.5]);
    expect(over).toMatchObject({ overHalfDays: 3, remainingHalfDays: 0, percent: 150 });
    expect(overPlanWarning(over)).toBe("1,5 jour au-delà du prévu");
    expect(overPlanWarning(companySupport(1, [1, 1, 1]))).toBe("2 jours au-delà du prévu");
    expect(overPlanWarning(companySupport(3, [1, 1, 1]))).toBeNull();
  });

  it("has no percentage when nothing was planned", () => {
    expect(companySupport(0, [1]).percent).toBeNull();
    expect(overPlanWarning(companySupport(0, [1]))).toBe("1 jour au-delà du prévu");
  });

  it("plans the cluster for its active companies and counts every day delivered, withdrawn companies included", () => {
    const total = clusterSupport(2.5, [
      { status: "ENROLLED", deliveredDays: [0.5, 1] },
      { status: "COMPLETED", deliveredDays: [0.5, 1, 1, 1, 1] },
      { status: "CANDIDATE", deliveredDays: [0.5] },
      { status: "WITHDRAWN", deliveredDays: [0.5, 1] },
    ]);
    expect(total.activeCompanies).toBe(3);
    expect(total.plannedHalfDays).toBe(15); // 2,5 days × 3 active companies
    expect(total.deliveredHalfDays).toBe(16); // 1,5 + 4,5 + 0,5 + 1,5 days
    expect(total.overHalfDays).toBe(1);
    expect(total.companiesOverPlan).toBe(1);
    expect(total.percent).toBe(107);
  });

  it("writes days the French way", () => {
    expect(formatDays(0.5)).toBe("0,5 jour");
    expect(formatDays(1.5)).toBe("1,5 jour");
    expect(formatDays(2)).toBe("2 jours");
    expect(formatDays(12.5)).toBe("12,5 jours");
  });
});

describe("the date of a support day", () => {
  const period = { startDate: "2026-09-01", endDate: "2027-06-30", today: "2026-11-23" };

  it("accepts a delivered day within the period", () => {
    expect(supportDateProblem("2026-09-01", "DIAGNOSTIC", period)).toBeNull();
    expect(supportDateProblem("2026-11-23", "OTHER", period)).toBeNull();
  });

  it("refuses a day in the future, after the end, or before the start (except a pre-diagnostic)", () => {
    expect(supportDateProblem("2026-11-24", "DIAGNOSTIC", period)).toMatch(/futur/);
    expect(supportDateProblem("2027-07-01", "DIAGNOSTIC", { ...period, today: "2027-12-01" })).toMatch(
      /se termine le 30 juin 2027/,
    );
    expect(supportDateProblem("2026-08-31", "DIAGNOSTIC", period)).toMatch(/commence le 1 septembre 2026/);
    expect(supportDateProblem("2026-06-09", "PRE_DIAGNOSTIC", period)).toBeNull();
  });
});

describe("the support day form", () => {
  const valid: SupportDayInput = {
    clusterId: "c",
    participationId: "p",
    date: "2026-10-13",
    durationDays: 1,
    kind: "DIAGNOSTIC",
    deliveredBy: "ARACT",
    deliveredByUserId: "u",
    partnerId: "",
    notes: "",
  };
  const errors = (input: Partial<SupportDayInput>) => {
    const result = SupportDayInput.safeParse({ ...valid, ...input });
    // The first message of each field, as the actions show it.
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.reverse().map((i) => [i.path.join("."), i.message]));
  };

  it("takes half-days from 0,5 to 5 days", () => {
    for (const durationDays of [0.5, 1, 1.5, 5]) expect(errors({ durationDays })).toEqual({});
    expect(errors({ durationDays: 0 }).durationDays).toMatch(/positive/);
    expect(errors({ durationDays: -1 }).durationDays).toMatch(/positive/);
    expect(errors({ durationDays: 0.3 }).durationDays).toMatch(/demi-journées/);
    expect(errors({ durationDays: 5.5 }).durationDays).toMatch(/5 jours au plus/);
    expect(errors({ durationDays: Number.NaN }).durationDays).toBe("Saisissez la durée en jours.");
  });

  it("asks who delivered it", () => {
    expect(errors({ deliveredByUserId: "" }).deliveredByUserId).toBe("Choisissez la personne de l'Aract.");
    expect(errors({ deliveredBy: "PARTNER" }).partnerId).toBe("Choisissez le partenaire.");
  });
});
