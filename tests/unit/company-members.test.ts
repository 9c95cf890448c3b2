import { describe, expect, it } from "vitest";
import { seatLabel } from "@/lib/clusters/labels";
import { steeringProblem } from "@/lib/members/rules";
import { AddMemberInput } from "@/lib/members/schemas";
import { answersDiagnostics } from "@/lib/diagnostics/rules";
import { viewsSideBySide } from "@/lib/diagnostics/comparison";

const person = { firstName: "Soizic", lastName: "Le Roux", jobTitle: "", email: "soizic@entreprise.fr" };

describe("the members beyond the pair", () => {
  it("are named by their side, their role, or the role typed in", () => {
    expect(seatLabel({ side: "DIRECTION", role: null, roleLabel: null })).toBe("Direction");
    expect(seatLabel({ side: null, role: "HEALTH_PROFESSIONAL", roleLabel: null })).toBe("Professionnel·le de santé");
    expect(seatLabel({ side: null, role: "OTHER", roleLabel: "Ergonome interne" })).toBe("Ergonome interne");
  });

  it("need a role, and a name for another role", () => {
    const base = { participationId: "p", role: "OTHER", roleLabel: "", steering: false, person };
    expect(AddMemberInput.safeParse(base).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["roleLabel", "Précisez le rôle de cette personne."],
    ]);
    expect(AddMemberInput.safeParse({ ...base, role: "MANAGER" }).error?.issues[0]?.message).toBe("Choisissez le rôle de cette personne.");
    expect(AddMemberInput.safeParse({ ...base, role: "LOCAL_MANAGER" }).success).toBe(true);
  });

  it("keep a steering committee member on the committee, and let anyone else join or leave it", () => {
    expect(steeringProblem("STEERING_COMMITTEE", false)).toMatch(/par son rôle/);
    expect(steeringProblem("STEERING_COMMITTEE", true)).toBeNull();
    expect(steeringProblem(null, false)).toBeNull();
    expect(steeringProblem("QVT_REFERENT", true)).toBeNull();
  });

  it("answer the diagnostics only when the cluster opens them; the pair always does", () => {
    expect(answersDiagnostics({ side: "STAFF_REPRESENTATIVE" }, { diagnosticsOpenToMembers: false })).toBe(true);
    expect(answersDiagnostics({ side: null }, { diagnosticsOpenToMembers: false })).toBe(false);
    expect(answersDiagnostics({ side: null }, { diagnosticsOpenToMembers: true })).toBe(true);
  });
});

describe("every view side by side", () => {
  const sections = [
    {
      id: "s",
      title: "Mixité",
      questions: [
        { id: "a", label: "Postes ouverts", type: "SCALE" as const, options: [] },
        { id: "b", label: "Accord en vigueur", type: "YES_NO" as const, options: [] },
      ],
    },
  ];

  it("gives each view's section score and each answer in words, in the views' order", () => {
    const [section] = viewsSideBySide(sections, [
      { label: "Direction", answers: { a: 5, b: true } },
      { label: "Représentant·e du personnel", answers: { a: 2, b: false } },
      { label: "Référent·e QVT", answers: { a: 3 } },
    ]);
    expect(section!.scores).toEqual([5, 2, 3]);
    expect(section!.rows.map((row) => row.texts)).toEqual([
      ["5 sur 5", "2 sur 5", "3 sur 5"],
      ["Oui", "Non", "sans réponse"],
    ]);
  });
});
