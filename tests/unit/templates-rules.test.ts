import { describe, expect, it } from "vitest";
import { AGREEMENT_SCALE, agreement, choices, type TemplateDefinition } from "@/lib/templates/definitions";
import {
  compatibilityProblems,
  contentOf,
  definitionProblems,
  publishDecision,
  removalProblem,
  sameContent,
  storedContent,
  switchProblem,
  versionOffer,
} from "@/lib/templates/rules";

const pack = (overrides: Partial<TemplateDefinition> = {}): TemplateDefinition => ({
  key: "essai",
  theme: "QVCT",
  title: "Modèle d'essai",
  description: "Pour les tests.",
  sections: [
    {
      key: "organisation",
      title: "Organisation",
      questions: [
        agreement("marges", "Les salarié·es ont des marges de manœuvre."),
        { key: "effectif", type: "NUMBER", label: "Combien de salarié·es ?", required: true },
        { key: "cadre", type: "SINGLE_CHOICE", label: "Cadre ?", options: choices({ accord: "Accord", charte: "Charte" }), required: true },
      ],
    },
  ],
  ...overrides,
});

describe("validating a definition", () => {
  it("accepts a well-formed pack", () => {
    expect(definitionProblems(pack())).toEqual([]);
  });

  it("refuses duplicate section keys and question keys reused across sections", () => {
    const section = pack().sections[0]!;
    const problems = definitionProblems(pack({ sections: [section, { ...section, title: "Bis" }] }));
    expect(problems).toContain("Section « organisation » : clé déjà utilisée par une autre section.");
    expect(problems).toContain("Question « marges » : clé déjà utilisée dans ce modèle.");
  });

  it("refuses keys that are not lowercase words joined by hyphens", () => {
    const problems = definitionProblems(
      pack({ key: "Essai 1", sections: [{ key: "org_1", title: "Org", questions: [agreement("Marges", "Libellé")] }] }),
    );
    expect(problems).toHaveLength(3);
  });

  it("refuses a pack without sections and a section without questions", () => {
    expect(definitionProblems(pack({ sections: [] }))).toContain("Le modèle n'a aucune section.");
    expect(definitionProblems(pack({ sections: [{ key: "vide", title: "Vide", questions: [] }] }))).toContain(
      "Section « vide » : aucune question.",
    );
  });

  it("requires exactly five scale labels, 1 to 5 in order", () => {
    const four = { ...agreement("marges", "Libellé"), options: AGREEMENT_SCALE.slice(0, 4) };
    const shuffled = { ...agreement("marges", "Libellé"), options: [...AGREEMENT_SCALE].reverse() };
    const missing = { key: "marges", type: "SCALE" as const, label: "Libellé", required: true };
    for (const question of [four, shuffled, missing]) {
      expect(definitionProblems(pack({ sections: [{ key: "s", title: "S", questions: [question] }] }))).toEqual([
        "Question « marges » : une échelle a exactement 5 libellés, de 1 à 5 dans l'ordre.",
      ]);
    }
  });

  it("requires options on choice questions and refuses them elsewhere", () => {
    const questions = [
      { key: "un", type: "SINGLE_CHOICE" as const, label: "Un ?", required: true },
      { key: "deux", type: "MULTIPLE_CHOICE" as const, label: "Deux ?", options: choices({ a: "A", b: "A bis" }).slice(0, 1), required: true },
      { key: "trois", type: "YES_NO" as const, label: "Trois ?", options: choices({ oui: "Oui", non: "Non" }), required: true },
      { key: "quatre", type: "MULTIPLE_CHOICE" as const, label: "Quatre ?", options: [{ value: "a", label: "A" }, { value: "a", label: "B" }], required: true },
    ];
    expect(definitionProblems(pack({ sections: [{ key: "s", title: "S", questions }] }))).toEqual([
      "Question « un » : une question à choix propose au moins 2 options.",
      "Question « deux » : une question à choix propose au moins 2 options.",
      "Question « trois » : ce type de question ne prend pas d'options.",
      "Question « quatre » : deux options ont la même valeur.",
    ]);
  });

  it("refuses empty labels and empty help", () => {
    const question = { key: "vide", type: "TEXT" as const, label: " ", help: "", required: false };
    expect(definitionProblems(pack({ sections: [{ key: "s", title: "S", questions: [question] }] }))).toEqual([
      "Question « vide » : libellé manquant.",
      "Question « vide » : aide vide (retirez-la).",
    ]);
  });
});

describe("deciding whether publishing makes a new version", () => {
  const content = contentOf(pack());

  it("publishes version 1 of a key never published", () => {
    expect(publishDecision(null, content)).toEqual({ publish: true, version: 1 });
  });

  it("publishes nothing when the content is the same as the latest version", () => {
    const decision = publishDecision({ version: 3, content: contentOf(pack()) }, content);
    expect(decision).toMatchObject({ publish: false, version: 3 });
    expect(!decision.publish && decision.reason).toMatch(/version 3/);
  });

  it("publishes version N+1 when anything the respondents see changed", () => {
    const changes: TemplateDefinition[] = [
      pack({ title: "Autre titre" }),
      pack({ description: "Autre description." }),
      pack({ sections: [{ ...pack().sections[0]!, title: "Organisation du travail" }] }),
      pack({ sections: [{ ...pack().sections[0]!, questions: [...pack().sections[0]!.questions].reverse() }] }),
      pack({ sections: [{ ...pack().sections[0]!, questions: [agreement("marges", "Les salarié·es ont des marges de manœuvre.", "Aide.")] }] }),
    ];
    for (const changed of changes) {
      expect(publishDecision({ version: 2, content }, contentOf(changed))).toEqual({ publish: true, version: 3 });
    }
  });

  it("reads stored content (null help, options as JSON) the same as the definition", () => {
    const stored = storedContent(
      { theme: "QVCT", title: "Modèle d'essai", description: "Pour les tests." },
      content.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q, options: q.options.length ? q.options : null })) })),
    );
    expect(sameContent(stored, content)).toBe(true);
  });

  it("refuses a kept key whose answer type changes", () => {
    const next = pack({
      sections: [{ ...pack().sections[0]!, questions: [{ key: "marges", type: "YES_NO", label: "Marges ?", required: true }] }],
    });
    expect(compatibilityProblems(content, contentOf(next))).toEqual([
      "Question « marges » : son type change (SCALE → YES_NO) ; donnez-lui une nouvelle clé.",
    ]);
    expect(compatibilityProblems(content, contentOf(pack({ title: "Autre" })))).toEqual([]);
  });
});

describe("a cluster's choice of templates", () => {
  it("keeps a template with responses", () => {
    expect(removalProblem(0)).toBeNull();
    expect(removalProblem(2)).toMatch(/ne peut plus être retiré/);
  });

  it("offers the latest version only while nobody has answered", () => {
    expect(versionOffer(1, 2, 0)).toBe(2);
    expect(versionOffer(1, 2, 1)).toBeNull();
    expect(versionOffer(2, 2, 0)).toBeNull();
    expect(switchProblem(1, 3, 0)).toBeNull();
    expect(switchProblem(2, 2, 0)).toMatch(/dernière version/);
    expect(switchProblem(1, 2, 4)).toMatch(/reste sur sa version actuelle/);
  });
});
