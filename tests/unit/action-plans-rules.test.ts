import { describe, expect, it } from "vitest";
import {
  domainName,
  domainOptions,
  planChangeProblem,
  planChanges,
  planProgress,
  progressLabel,
  reorder,
  stalePlanMessage,
  type ActionSnapshot,
  type PlanSnapshot,
} from "@/lib/action-plans/rules";

const action = (id: string, overrides: Partial<ActionSnapshot> = {}): ActionSnapshot => ({
  id,
  domain: "REMUNERATION",
  objective: `Objectif ${id}`,
  owner: "DRH",
  dueDate: "2027-03-31",
  indicator: null,
  status: "PLANNED",
  ...overrides,
});

describe("a plan's progress", () => {
  it("counts the actions done among those not dropped", () => {
    const statuses = ["DONE", "DONE", "IN_PROGRESS", "PLANNED", "DROPPED"] as const;
    const progress = planProgress(statuses.map((status) => ({ status })));
    expect(progress).toEqual({ total: 5, done: 2, dropped: 1, counted: 4, percent: 50 });
    expect(progressLabel(progress)).toBe("2 actions réalisées sur 4 (50 %)");
  });

  it("rounds the percentage and speaks in the singular for one", () => {
    const progress = planProgress([{ status: "DONE" }, { status: "PLANNED" }, { status: "PLANNED" }]);
    expect(progress.percent).toBe(33);
    expect(progressLabel(progress)).toBe("1 action réalisée sur 3 (33 %)");
  });

  it("has no percentage when nothing counts", () => {
    expect(planProgress([])).toEqual({ total: 0, done: 0, dropped: 0, counted: 0, percent: null });
    expect(progressLabel(planProgress([]))).toBe("Aucune action pour l'instant");
    expect(progressLabel(planProgress([{ status: "DROPPED" }]))).toBe("Toutes les actions ont été abandonnées");
  });
});

describe("the domains of an action", () => {
  it("offers the domains of every theme of the cluster once, then « autre »", () => {
    const options = domainOptions(["EGALITE_PROFESSIONNELLE", "QVCT"]);
    expect(options[0]).toEqual({ value: "EMBAUCHE", label: "Embauche" });
    expect(options.filter((o) => o.value === "ARTICULATION_VIE_PRO_PERSO")).toHaveLength(1);
    expect(options.at(-1)).toEqual({ value: "AUTRE", label: "Autre domaine" });
    expect(options).toHaveLength(9 + 5 + 1);
  });

  it("names a domain, even an unknown one", () => {
    expect(domainName(["EGALITE_PROFESSIONNELLE"], "REMUNERATION")).toBe("Rémunération effective");
    expect(domainName(["QVCT"], "PLAN_MOBILITE")).toBe("Plan mobilite");
  });
});

describe("moving an action", () => {
  it("swaps it with its neighbour, and refuses past either end", () => {
    expect(reorder(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(reorder(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(reorder(["a", "b", "c"], "a", "up")).toBeNull();
    expect(reorder(["a", "b", "c"], "c", "down")).toBeNull();
    expect(reorder(["a", "b"], "z", "up")).toBeNull();
  });
});

describe("what changed in a plan", () => {
  const before: PlanSnapshot = { summary: "Plan égalité", actions: [action("a"), action("b"), action("c")] };

  it("finds nothing between two equal versions", () => {
    expect(planChanges(before, structuredClone(before))).toEqual([]);
  });

  it("tells the fields changed, numbered as the editor saw the actions", () => {
    const after: PlanSnapshot = {
      summary: "Plan égalité",
      actions: [
        action("a"),
        action("b", { objective: "Objectif revu", status: "DONE", dueDate: null, indicator: "Taux", domain: "FORMATION" }),
        action("c"),
      ],
    };
    expect(planChanges(before, after, { domain: (code) => code.toLowerCase() })).toEqual([
      "domaine de l'action 2 « remuneration » → « formation »",
      "objectif de l'action 2 « Objectif b » → « Objectif revu »",
      "échéance de l'action 2 31 mars 2027 → (sans échéance)",
      "indicateur de l'action 2 (vide) → « Taux »",
      "statut de l'action 2 prévue → réalisée",
    ]);
  });

  it("tells added, removed and reordered actions, and a new summary", () => {
    const after: PlanSnapshot = { summary: null, actions: [action("c"), action("a"), action("d", { objective: "Former les managers" })] };
    expect(planChanges(before, after)).toEqual([
      "résumé du plan « Plan égalité » → (vide)",
      "retiré l'action 2 « Objectif b »",
      "ajouté l'action « Former les managers »",
      "changé l'ordre des actions",
    ]);
  });

  it("shortens long texts", () => {
    const long = "x".repeat(100);
    const [change] = planChanges(before, { ...before, summary: long });
    expect(change).toBe(`résumé du plan « Plan égalité » → « ${"x".repeat(59)}… »`);
  });

  it("does not take a removal for a reordering", () => {
    expect(planChanges(before, { ...before, actions: [action("a"), action("c")] })).toEqual(["retiré l'action 2 « Objectif b »"]);
  });
});

describe("the refusal of a stale save", () => {
  it("names who changed what, and says nothing was saved", () => {
    expect(stalePlanMessage(["Thomas Guillou"], ["objectif de l'action 2 « A » → « B »", "ajouté l'action « C »"])).toBe(
      "Pendant que vous modifiiez, Thomas Guillou a changé : objectif de l'action 2 « A » → « B » ; ajouté l'action « C ». " +
        "Rien n'a été enregistré : votre saisie est conservée, vous pouvez l'appliquer à la version à jour.",
    );
  });

  it("speaks of several authors, of an unknown one, and of changes it cannot see", () => {
    expect(stalePlanMessage(["Marie Le Bihan", "Thomas Guillou", "Gaëlle Kerjean"], ["x"])).toMatch(
      /^Pendant que vous modifiiez, Marie Le Bihan, Thomas Guillou et Gaëlle Kerjean ont changé : x\. /,
    );
    expect(stalePlanMessage([], [])).toMatch(/^Pendant que vous modifiiez, quelqu'un d'autre a modifié le plan\. Rien/);
  });

  it("keeps a long list short", () => {
    const changes = Array.from({ length: 11 }, (_, i) => `c${i + 1}`);
    expect(stalePlanMessage(["X"], changes)).toMatch(/: c1 ; c2 ; c3 ; c4 ; c5 ; c6 ; c7 ; c8 ; et 3 autres changements\. /);
  });
});

describe("when a plan may change", () => {
  it("refuses an evaluated cluster and a withdrawn company", () => {
    expect(planChangeProblem("RUNNING", "ENROLLED")).toBeNull();
    expect(planChangeProblem("CLOSED", "COMPLETED")).toBeNull();
    expect(planChangeProblem("EVALUATED", "ENROLLED")).toMatch(/évalué/);
    expect(planChangeProblem("RUNNING", "WITHDRAWN")).toMatch(/retirée/);
  });
});
