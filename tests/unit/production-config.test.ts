import { describe, expect, it } from "vitest";
import { productionConfigProblem } from "@/env";

const complete = {
  APP_ENV: "production",
  NEXTAUTH_SECRET: "q3J9vX0fLw2mZ8rT6yB1nH4kP7sD5gA0",
  NEXTAUTH_URL: "https://clusters.anact.fr",
  SMTP_URL: "smtps://clusters:mdp@smtp.anact.fr:465",
  DPO_EMAIL: "dpd@anact.fr",
};

describe("the production configuration", () => {
  it("accepts a complete configuration, and asks nothing outside production", () => {
    expect(productionConfigProblem(complete)).toBeNull();
    expect(productionConfigProblem({ APP_ENV: "development" })).toBeNull();
  });

  it("names every missing setting in one French line", () => {
    expect(productionConfigProblem({ APP_ENV: "production" })).toBe(
      "Démarrage refusé en production : NEXTAUTH_SECRET manquant ; NEXTAUTH_URL manquant ; SMTP_URL manquant ; DPO_EMAIL manquant.",
    );
  });

  it("treats an unset APP_ENV as production, as the app does", () => {
    expect(productionConfigProblem({ ...complete, APP_ENV: undefined, SMTP_URL: "" })).toBe(
      "Démarrage refusé en production : SMTP_URL manquant.",
    );
  });

  it("refuses the example values and the test suites' secrets", () => {
    for (const secret of ["e2e-secret-e2e-secret-e2e-secret-e2e-00", "change-me-change-me-change-me-change-me", "a".repeat(40)]) {
      expect(productionConfigProblem({ ...complete, NEXTAUTH_SECRET: secret })).toMatch(/^Démarrage refusé en production : NEXTAUTH_SECRET laissé à une valeur d'exemple/);
    }
    expect(productionConfigProblem({ ...complete, SMTP_URL: "smtps://user:password@smtp.exemple.fr:465" })).toBe(
      "Démarrage refusé en production : SMTP_URL laissé à l'adresse d'exemple.",
    );
    expect(productionConfigProblem({ ...complete, DPO_EMAIL: "dpo@exemple.fr" })).toBe(
      "Démarrage refusé en production : DPO_EMAIL laissé à l'adresse d'exemple.",
    );
    expect(productionConfigProblem({ ...complete, NEXTAUTH_URL: "pas une adresse" })).toBe(
      "Démarrage refusé en production : NEXTAUTH_URL n'est pas une adresse valide.",
    );
  });
});
