import { describe, expect, it } from "vitest";
import { canMove, nextStatus, transitionProblem, CLUSTER_STATUS_ORDER } from "@/lib/clusters/rules";

const facts = { activeCompanies: 3, hasClusterEvaluation: true };

describe("the cluster status machine", () => {
  it("moves forward one step at a time", () => {
    expect(CLUSTER_STATUS_ORDER.map(nextStatus)).toEqual(["RECRUITING", "RUNNING", "CLOSED", "EVALUATED", null]);
    expect(canMove("DRAFT", "RECRUITING")).toBe(true);
    expect(canMove("DRAFT", "RUNNING")).toBe(false);
    expect(canMove("RUNNING", "RECRUITING")).toBe(false);
    expect(canMove("EVALUATED", "DRAFT")).toBe(false);
  });

  it("explains a refused move in French", () => {
    expect(transitionProblem("DRAFT", "CLOSED", facts)).toMatch(/ne peut aller qu'à « recrutement »/);
    expect(transitionProblem("EVALUATED", "DRAFT", facts)).toMatch(/dernière étape/);
  });

  it("starts only with a company and is evaluated only with an evaluation", () => {
    expect(transitionProblem("RECRUITING", "RUNNING", { ...facts, activeCompanies: 0 })).toMatch(/au moins une entreprise/);
    expect(transitionProblem("RECRUITING", "RUNNING", facts)).toBeNull();
    expect(transitionProblem("CLOSED", "EVALUATED", { ...facts, hasClusterEvaluation: false })).toMatch(/évaluation/);
    expect(transitionProblem("CLOSED", "EVALUATED", facts)).toBeNull();
  });
});
