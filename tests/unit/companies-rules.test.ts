import { describe, expect, it } from "vitest";
import { companySearchTerms, knownSiretProblem } from "@/lib/companies/rules";
import {
  emailRequired,
  invitationLabel,
  invitationState,
  participationChangeProblem,
  preDiagnosticDateProblem,
  preDiagnosticWindow,
  withdrawalProblem,
  completionProblem,
  reopeningProblem,
} from "@/lib/participations/rules";

describe("the company search", () => {
  it("needs two characters, and also looks for digits in SIRETs", () => {
    expect(companySearchTerms(" a ")).toBeNull();
    expect(companySearchTerms("Légumerie")).toEqual({ name: "Légumerie", siretDigits: null });
    expect(companySearchTerms("732 829")).toEqual({ name: "732 829", siretDigits: "732829" });
    expect(companySearchTerms("12")).toEqual({ name: "12", siretDigits: null });
  });
});

describe("a SIRET the Aract already knows", () => {
  it("points to the company to pick, or says it is already enrolled", () => {
    expect(knownSiretProblem({ name: "Scierie de l'Élorn", enrolledHere: false })).toMatch(/« Scierie de l'Élorn ».*choisissez-la/);
    expect(knownSiretProblem({ name: "Scierie de l'Élorn", enrolledHere: true })).toMatch(/déjà inscrite dans ce cluster/);
  });
});

describe("when a participation may change", () => {
  it("refuses changes in an evaluated cluster and on a withdrawn company", () => {
    expect(participationChangeProblem("RUNNING", "ENROLLED")).toBeNull();
    expect(participationChangeProblem("CLOSED", "COMPLETED")).toBeNull();
    expect(participationChangeProblem("EVALUATED", "ENROLLED")).toMatch(/évalué/);
    expect(participationChangeProblem("RUNNING", "WITHDRAWN")).toMatch(/retirée/);
  });

  it("lets only a candidate or an enrolled company withdraw", () => {
    expect(withdrawalProblem("RUNNING", "ENROLLED")).toBeNull();
    expect(withdrawalProblem("RECRUITING", "CANDIDATE")).toBeNull();
    expect(withdrawalProblem("RUNNING", "WITHDRAWN")).toMatch(/déjà retirée/);
    expect(withdrawalProblem("CLOSED", "COMPLETED")).toMatch(/terminé son parcours/);
    expect(withdrawalProblem("EVALUATED", "ENROLLED")).toMatch(/évalué/);
  });
});

describe("the end of a company's journey", () => {
  it("comes to an enrolled company once its cluster has started, until it is evaluated", () => {
    expect(completionProblem("RUNNING", "ENROLLED")).toBeNull();
    expect(completionProblem("CLOSED", "ENROLLED")).toBeNull();
    expect(completionProblem("RECRUITING", "ENROLLED")).toMatch(/démarré/);
    expect(completionProblem("RUNNING", "CANDIDATE")).toMatch(/inscrivez-la/);
    expect(completionProblem("RUNNING", "WITHDRAWN")).toMatch(/retirée/);
    expect(completionProblem("CLOSED", "COMPLETED")).toMatch(/déjà terminé/);
    expect(completionProblem("EVALUATED", "ENROLLED")).toMatch(/évalué/);
  });

  it("is undone for a finished journey only, until the cluster is evaluated", () => {
    expect(reopeningProblem("CLOSED", "COMPLETED")).toBeNull();
    expect(reopeningProblem("RUNNING", "ENROLLED")).toMatch(/Seul un parcours terminé/);
    expect(reopeningProblem("EVALUATED", "COMPLETED")).toMatch(/évalué/);
  });
});

describe("the pre-diagnostic's date", () => {
  const cluster = { startDate: new Date("2026-09-01"), endDate: new Date("2027-06-30") };

  it("falls between a year before the cluster's start and its end, both included", () => {
    expect(preDiagnosticDateProblem("2025-09-01", cluster)).toBeNull();
    expect(preDiagnosticDateProblem("2026-06-09", cluster)).toBeNull();
    expect(preDiagnosticDateProblem("2027-06-30", cluster)).toBeNull();
    expect(preDiagnosticDateProblem("2025-08-31", cluster)).toMatch(/au plus tôt un an avant.*1 septembre 2025/);
    expect(preDiagnosticDateProblem("2027-07-01", cluster)).toMatch(/avant la fin du cluster \(le 30 juin 2027\)/);
    expect(preDiagnosticWindow(cluster)).toEqual({ min: "2025-09-01", max: "2027-06-30" });
  });
});

describe("a pair member's invitation", () => {
  const at = new Date("2026-05-25T08:30:00Z");

  it("reads active, invited, to invite, or without an address", () => {
    expect(invitationState({ email: "a@b.fr", invitedAt: at, accountActive: true })).toEqual({ kind: "active" });
    expect(invitationState({ email: null, invitedAt: at, accountActive: true })).toEqual({ kind: "active" });
    expect(invitationState({ email: "a@b.fr", invitedAt: at, accountActive: false })).toEqual({ kind: "invited", at });
    expect(invitationState({ email: "a@b.fr", invitedAt: null, accountActive: false })).toEqual({ kind: "not-invited" });
    expect(invitationState({ email: null, invitedAt: null, accountActive: false })).toEqual({ kind: "no-email" });
  });

  it("is labelled in French", () => {
    expect(invitationLabel({ kind: "invited", at })).toBe("invité·e le 25 mai 2026");
    expect(invitationLabel({ kind: "active" })).toBe("compte actif");
    expect(invitationLabel({ kind: "no-email" })).toBe("pas d'adresse");
    expect(invitationLabel({ kind: "not-invited" })).toBe("pas encore invité·e");
  });

  it("requires an address for the direction only", () => {
    expect(emailRequired("DIRECTION")).toBe(true);
    expect(emailRequired("STAFF_REPRESENTATIVE")).toBe(false);
  });
});
