import { describe, expect, it } from "vitest";
import {
  canShowDistribution,
  comparisonReady,
  MIN_COMPANIES_FOR_DISTRIBUTION,
  missingRequired,
  progressOf,
  responseState,
  submitProblem,
} from "@/lib/diagnostics/rules";

const questions = [
  { id: "a", label: "A", required: true },
  { id: "b", label: "B", required: false },
  { id: "c", label: "C", required: true },
];

describe("a response's progress", () => {
  it("counts the answered questions, the required ones apart", () => {
    expect(progressOf(questions, ["a", "b"])).toEqual({ answered: 2, total: 3, requiredAnswered: 1, requiredTotal: 2 });
    expect(progressOf(questions, [])).toEqual({ answered: 0, total: 3, requiredAnswered: 0, requiredTotal: 2 });
  });

  it("lists the required questions left, in order", () => {
    expect(missingRequired(questions, ["b"]).map((q) => q.id)).toEqual(["a", "c"]);
    expect(missingRequired(questions, ["a", "c"])).toEqual([]);
  });

  it("refuses to submit an empty response or one with required questions left, and says which", () => {
    expect(submitProblem(progressOf(questions, []), ["A", "C"])).toMatch(/au moins à une question/);
    expect(submitProblem(progressOf(questions, ["b", "c"]), ["A"])).toBe("Une question obligatoire est encore sans réponse : « A ».");
    expect(submitProblem(progressOf(questions, ["b"]), ["A", "C"])).toBe("2 questions obligatoires sont encore sans réponse : « A », « C ».");
    expect(submitProblem(progressOf(questions, ["a", "c"]), [])).toBeNull();
  });

  it("names where a member stands, and opens the comparison only when both sides have submitted", () => {
    expect(responseState(null)).toBe("NOT_STARTED");
    expect(responseState({ status: "DRAFT" })).toBe("DRAFT");
    expect(responseState({ status: "SUBMITTED" })).toBe("SUBMITTED");
    expect(comparisonReady({ DIRECTION: "SUBMITTED", STAFF_REPRESENTATIVE: "SUBMITTED" })).toBe(true);
    expect(comparisonReady({ DIRECTION: "SUBMITTED", STAFF_REPRESENTATIVE: "DRAFT" })).toBe(false);
    expect(comparisonReady({ DIRECTION: "SUBMITTED" })).toBe(false);
  });
});

describe("the cluster-level distribution threshold", () => {
  it("breaks answers down from 5 companies, never below", () => {
    expect(MIN_COMPANIES_FOR_DISTRIBUTION).toBe(5);
    expect([0, 1, 4].map(canShowDistribution)).toEqual([false, false, false]);
    expect([5, 6, 21].map(canShowDistribution)).toEqual([true, true, true]);
  });
});
