import { describe, expect, it } from "vitest";
import { ACTION_LABELS, actionLabel, describeChanges, entityLabel } from "@/lib/audit/labels";
import {
  auditRejectionNotice,
  describeAuditFilters,
  parseAuditFilters,
  parsePage,
  type AuditFilterOptions,
} from "@/lib/audit/schemas";
import { startOfDayInFrance } from "@/lib/format/date-time";

const options: AuditFilterOptions = {
  people: [{ id: "u1", name: "Gaëlle Kerjean" }],
  system: false,
  entityTypes: ["Cluster"],
  actions: ["cluster.created"],
  aracts: null,
};

describe("audit labels", () => {
  it("names known actions and record types in French, and shows unknown ones as they are", () => {
    expect(actionLabel("cluster.status-changed")).toBe("Étape du cluster changée");
    expect(actionLabel("quelque.chose")).toBe("quelque.chose");
    expect(entityLabel("CollectiveSession")).toBe("Séance collective");
    expect(entityLabel("Nouveau")).toBe("Nouveau");
  });

  it("writes changes as one short line: changes as before → after, facts as they are", () => {
    expect(describeChanges({ status: ["RUNNING", "CLOSED"], name: "Cluster QVT" })).toBe(
      "étape : RUNNING → CLOSED ; nom : Cluster QVT",
    );
    expect(describeChanges({ status: ["RUNNING", "CLOSED"] }, "Cluster")).toBe("étape : En cours → Clôturé");
    expect(describeChanges({ role: ["CHARGE_DE_MISSION", "ARACT_ADMIN"] }, "User")).toBe(
      "rôle : Chargé·e de mission → Administrateur·rice d'Aract",
    );
    expect(describeChanges({ withdrawalReason: [null, "Fermeture"], newPerson: true })).toBe(
      "motif du retrait : — → Fermeture ; newPerson : oui",
    );
    expect(describeChanges({ filters: { type: "Cluster" }, rows: 2 })).toBe("filtres : type = Cluster ; lignes : 2");
    expect(describeChanges({ filters: {} })).toBe("filtres : aucun");
    expect(describeChanges(null)).toBe("");
    expect(describeChanges({ summary: "x".repeat(500) }).length).toBeLessThanOrEqual(240);
  });
});

describe("audit filters", () => {
  it("keeps the valid filters among the caller's options and names the others", () => {
    const { filters, rejected } = parseAuditFilters(
      {
        personne: "u1",
        type: "Inconnu",
        action: ["cluster.created", "x"],
        du: "2026-02-30",
        au: "2026-12-04",
        aract: "a1",
      },
      options,
    );
    expect(filters).toEqual({ actor: "u1", action: "cluster.created", to: "2026-12-04" });
    expect(rejected).toEqual(["entityType", "from", "aract"]);
    expect(auditRejectionNotice(rejected)).toBe(
      "Les filtres « Type d'enregistrement », « Du », « Aract » n'étaient pas valides : ils ont été ignorés.",
    );
    expect(auditRejectionNotice([])).toBeNull();
  });

  it("offers the system only when some event has no person", () => {
    expect(parseAuditFilters({ personne: "systeme" }, options).rejected).toEqual(["actor"]);
    expect(parseAuditFilters({ personne: "systeme" }, { ...options, system: true }).filters).toEqual({
      actor: "systeme",
    });
  });

  it("reads the page as a positive whole number, 1 otherwise", () => {
    expect(parsePage({ page: "3" })).toBe(3);
    for (const page of ["0", "-2", "deux", "1.5", undefined]) expect(parsePage({ page })).toBe(1);
  });

  it("says the filters in words for the export", () => {
    expect(
      describeAuditFilters({ actor: "u1", from: "2026-11-01", to: "2026-11-30" }, options, "Aract Bretagne"),
    ).toEqual([
      { label: "Aract", value: "Aract Bretagne" },
      { label: "Personne", value: "Gaëlle Kerjean" },
      { label: "Type d'enregistrement", value: "Tous" },
      { label: "Action", value: "Toutes" },
      { label: "Période", value: "du 01/11/2026 au 30/11/2026" },
    ]);
  });
});

describe("startOfDayInFrance", () => {
  it("is 23:00 UTC the day before in winter and 22:00 in summer", () => {
    expect(startOfDayInFrance("2026-12-04").toISOString()).toBe("2026-12-03T23:00:00.000Z");
    expect(startOfDayInFrance("2026-07-14").toISOString()).toBe("2026-07-13T22:00:00.000Z");
    // The days the clocks change: midnight is still before the change.
    expect(startOfDayInFrance("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDayInFrance("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });
});

describe("every action the app records", () => {
  it("has its French label in the journal", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const path = await import("node:path");
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const full = path.join(dir, entry);
        return statSync(full).isDirectory() ? walk(full) : /\.tsx?$/.test(entry) ? [full] : [];
      });
    const recorded = new Set(
      walk(path.resolve(import.meta.dirname, "../../src/lib")).flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/action: [^\n]*/g)].flatMap((line) =>
          [...line[0].matchAll(/"([a-z-]+\.[a-z-]+)"/g)].map((m) => m[1]!),
        ),
      ),
    );
    expect([...recorded].filter((action) => !(action in ACTION_LABELS))).toEqual([]);
  });
});
