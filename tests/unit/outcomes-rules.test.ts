import { describe, expect, it } from "vitest";
import { BRETAGNE_EGALITE_2014_COMPANIES } from "../../prisma/seed/bretagne-egalite-2014-companies";
import { egaliteShortfall, outcomeDomainsProblem, outcomeStatusLabel, outcomeSummary } from "@/lib/outcomes/rules";
import { EGALITE_DOMAINS, domainLabel, isDomainOf } from "@/lib/outcomes/domains";
import { DEMO_CLUSTERS } from "../../prisma/seed/demo";
import { OutcomeInput } from "@/lib/outcomes/schemas";
import type { OutcomeKind, OutcomeStatus } from "@/generated/prisma/enums";

const many = (n: number, kind: OutcomeKind, status: OutcomeStatus) =>
  Array.from({ length: n }, () => ({ kind, status }));

describe("the cluster's outcome summary", () => {
  it("gives the Clusters Égalité Bretagne 2014 figures from the seed in one sentence", () => {
    const outcomes = BRETAGNE_EGALITE_2014_COMPANIES.flatMap((c) => (c.outcome ? [c.outcome] : []));
    expect(outcomes).toHaveLength(15);
    expect(outcomeSummary(outcomes)).toBe("6 accords signés, 2 plans déposés ; 4 accords et 3 plans en préparation");
  });

  it("says when there is nothing yet", () => {
    expect(outcomeSummary([])).toBe("aucun résultat enregistré");
  });

  it("leaves out the parts with no outcome and agrees in number", () => {
    expect(outcomeSummary(many(1, "ACCORD", "SIGNED"))).toBe("1 accord signé");
    expect(outcomeSummary(many(1, "PLAN_ACTION", "IN_PREPARATION"))).toBe("1 plan en préparation");
    expect(outcomeSummary([...many(2, "PLAN_ACTION", "SIGNED"), ...many(1, "ACCORD", "IN_PREPARATION")])).toBe(
      "2 plans adoptés ; 1 accord en préparation",
    );
    expect(
      outcomeSummary([
        ...many(1, "ACCORD", "DEPOSITED"),
        ...many(3, "ACCORD", "SIGNED"),
        ...many(1, "PLAN_ACTION", "SIGNED"),
        ...many(1, "PLAN_ACTION", "DEPOSITED"),
      ]),
    ).toBe("3 accords signés, 1 accord déposé, 1 plan adopté, 1 plan déposé");
  });

  it("says signed for an accord and adopted for a plan", () => {
    expect(outcomeStatusLabel("ACCORD", "SIGNED")).toBe("Signé");
    expect(outcomeStatusLabel("PLAN_ACTION", "SIGNED")).toBe("Adopté");
    expect(outcomeStatusLabel("PLAN_ACTION", "DEPOSITED")).toBe("Déposé auprès de la DREETS");
  });
});

describe("the égalité professionnelle rule on domains of action (R. 2242-2)", () => {
  it("has the nine legal domains, with rémunération effective", () => {
    expect(EGALITE_DOMAINS).toHaveLength(9);
    expect(domainLabel("EGALITE_PROFESSIONNELLE", "REMUNERATION")).toBe("Rémunération effective");
  });

  it("asks for 3 domains below 300 employees, rémunération among them", () => {
    expect(egaliteShortfall(["EMBAUCHE", "FORMATION", "REMUNERATION"], 299)).toBeNull();
    expect(egaliteShortfall(["EMBAUCHE", "REMUNERATION"], 299)?.message).toBe(
      "Il manque 1 domaine : 3 domaines au moins pour une entreprise de moins de 300 salarié·es, dont la rémunération effective.",
    );
  });

  it("asks for 4 domains from 300 employees", () => {
    expect(egaliteShortfall(["EMBAUCHE", "FORMATION", "QUALIFICATION", "REMUNERATION"], 300)).toBeNull();
    expect(egaliteShortfall(["EMBAUCHE", "FORMATION", "REMUNERATION"], 300)?.message).toBe(
      "Il manque 1 domaine : 4 domaines au moins pour une entreprise de 300 salarié·es ou plus, dont la rémunération effective.",
    );
    expect(egaliteShortfall(["REMUNERATION"], 455)).toMatchObject({ required: 4, missing: 3 });
  });

  it("always requires rémunération effective, whatever the number of domains", () => {
    const fiveWithoutPay = ["EMBAUCHE", "FORMATION", "QUALIFICATION", "CLASSIFICATION", "SANTE_SECURITE"];
    const shortfall = egaliteShortfall(fiveWithoutPay, 120);
    expect(shortfall).toMatchObject({ missing: 1, missingRemuneration: true });
    expect(shortfall?.message).toMatch(/La rémunération effective n'est pas retenue : elle est obligatoire\./);
    expect(egaliteShortfall(["EMBAUCHE", "FORMATION"], 120)).toMatchObject({ missing: 1, missingRemuneration: true });
    expect(egaliteShortfall([], 120)).toMatchObject({ missing: 3, missingRemuneration: true });
  });

  it("saves a plan in preparation with the warning, and refuses a signed or deposited one that falls short", () => {
    const short = ["EMBAUCHE", "REMUNERATION"];
    expect(outcomeDomainsProblem("EGALITE_PROFESSIONNELLE", "IN_PREPARATION", short, 150)).toMatchObject({
      blocking: false,
    });
    expect(outcomeDomainsProblem("EGALITE_PROFESSIONNELLE", "SIGNED", short, 150)).toMatchObject({ blocking: true });
    expect(outcomeDomainsProblem("EGALITE_PROFESSIONNELLE", "DEPOSITED", short, 150)).toMatchObject({ blocking: true });
    // Below 50 employees the company has no obligation: its voluntary plan is saved with the warning.
    expect(outcomeDomainsProblem("EGALITE_PROFESSIONNELLE", "SIGNED", short, 40)).toMatchObject({ blocking: false });
    // Other themes have no legal count.
    expect(outcomeDomainsProblem("QVCT", "SIGNED", [], 500)).toBeNull();
  });

  it("finds every signed or deposited outcome of the seed compliant", () => {
    for (const company of BRETAGNE_EGALITE_2014_COMPANIES) {
      const outcome = company.outcome;
      if (!outcome || outcome.status === "IN_PREPARATION") continue;
      expect(
        outcomeDomainsProblem("EGALITE_PROFESSIONNELLE", outcome.status, outcome.domains, company.headcount),
        company.name,
      ).toBeNull();
    }
  });
});

describe("the domains of action of every theme", () => {
  it("know every domain the demo data uses, so that its outcomes can be edited", () => {
    for (const cluster of DEMO_CLUSTERS) {
      for (const company of cluster.companies) {
        const theme = company.outcome?.theme ?? cluster.themes[0]!;
        for (const code of company.outcome?.domains ?? [])
          expect(isDomainOf(theme, code), `${company.name}: ${code}`).toBe(true);
      }
    }
  });
});

describe("the outcome form", () => {
  const valid: OutcomeInput = {
    clusterId: "c",
    participationId: "p",
    kind: "ACCORD",
    theme: "EGALITE_PROFESSIONNELLE",
    status: "DEPOSITED",
    signedAt: "2014-11-03",
    depositedAt: "2014-11-20",
    depositReference: "T02914000412",
    domains: ["REMUNERATION", "EMBAUCHE", "FORMATION"],
  };
  const parse = (input: Partial<OutcomeInput>) => OutcomeInput.safeParse({ ...valid, ...input });
  const errors = (input: Partial<OutcomeInput>) => {
    const result = parse(input);
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.reverse().map((i) => [i.path.join("."), i.message]));
  };

  it("refuses a deposit before the signature", () => {
    expect(errors({ depositedAt: "2014-11-02" }).depositedAt).toBe(
      "La date de dépôt ne peut pas précéder la date de signature.",
    );
    expect(errors({ kind: "PLAN_ACTION", depositedAt: "2014-11-02" }).depositedAt).toMatch(/date d'adoption/);
  });

  it("asks for the dates the status implies, never in the future", () => {
    expect(errors({ status: "SIGNED", signedAt: "" }).signedAt).toBe("Saisissez la date de signature.");
    expect(errors({ depositedAt: "" }).depositedAt).toBe("Saisissez la date de dépôt auprès de la DREETS.");
    expect(errors({ status: "SIGNED", signedAt: "2099-01-01" }).signedAt).toMatch(/futur/);
    expect(errors({ signedAt: "2099-01-01", depositedAt: "2099-01-02" }).depositedAt).toMatch(/futur/);
  });

  it("keeps only the dates that go with the status, and the theme's domains in their order", () => {
    const preparing = parse({ status: "IN_PREPARATION" });
    expect(preparing.success && preparing.data).toMatchObject({
      signedAt: undefined,
      depositedAt: undefined,
      depositReference: undefined,
    });
    const deposited = parse({});
    expect(deposited.success && deposited.data.domains).toEqual(["EMBAUCHE", "FORMATION", "REMUNERATION"]);
    expect(errors({ domains: ["SANTE_AU_TRAVAIL"] }).domains).toBe("Choisissez des domaines d'action de ce thème.");
    expect(errors({ theme: "QVCT", domains: ["SANTE_AU_TRAVAIL"] })).toEqual({});
  });
});
