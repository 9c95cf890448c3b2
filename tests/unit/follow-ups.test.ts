import { describe, expect, it } from "vitest";
import { addMonths, answerProblem, earliestDueStillSending, followUpDueOn, followUpState, lastSendingDay, rescheduleProblem, weekToSend } from "@/lib/follow-ups/rules";
import { FollowUpInput } from "@/lib/follow-ups/schemas";
import { followUpEmail } from "@/lib/follow-ups/email";

describe("the follow-up's schedule", () => {
  it("falls the programme's months after the closing, six by default, on the last day of a shorter month", () => {
    expect(followUpDueOn("2014-09-30", undefined)).toBe("2015-03-30");
    expect(followUpDueOn("2014-09-30", 9)).toBe("2015-06-30");
    expect(followUpDueOn("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
  });

  it("sends the first e-mail on the due day, then a reminder once a week for a month", () => {
    const due = "2027-03-01";
    expect(weekToSend(due, [], "2027-02-28", false)).toBeNull();
    expect(weekToSend(due, [], due, false)).toBe(0);
    expect(weekToSend(due, [0], "2027-03-07", false)).toBeNull();
    expect(weekToSend(due, [0], "2027-03-08", false)).toBe(1);
    expect(weekToSend(due, [0, 1, 2, 3], "2027-03-29", false)).toBe(4);
    expect(weekToSend(due, [0, 1, 2, 3, 4], "2027-04-05", false)).toBeNull();
    // A month and a week later nothing goes any more, sent or not.
    expect(lastSendingDay(due)).toBe("2027-04-04");
    expect(earliestDueStillSending("2027-04-04")).toBe(due);
    expect(weekToSend(due, [], "2027-04-05", false)).toBeNull();
  });

  it("sends nothing once answered, and only the current week's e-mail after a pause", () => {
    expect(weekToSend("2027-03-01", [], "2027-03-10", true)).toBeNull();
    // Down during the first two weeks: the third week's e-mail goes, not the two missed ones.
    expect(weekToSend("2027-03-01", [], "2027-03-16", false)).toBe(2);
    expect(weekToSend("2027-03-01", [2], "2027-03-17", false)).toBeNull();
  });

  it("reads as planned, waiting, answered or left unanswered", () => {
    const facts = { dueOn: "2027-03-01", submittedAt: null };
    expect(followUpState(facts, "2027-02-01")).toBe("scheduled");
    expect(followUpState(facts, "2027-03-20")).toBe("open");
    expect(followUpState(facts, "2027-04-05")).toBe("unanswered");
    expect(followUpState({ ...facts, submittedAt: new Date("2027-04-10") }, "2027-05-01")).toBe("answered");
    expect(answerProblem("2027-03-01", "2027-02-28")).toBe("Le questionnaire de suivi s'ouvre le 1 mars 2027.");
    expect(answerProblem("2027-03-01", "2027-03-01")).toBeNull();
  });
});

const input = (overrides: Record<string, unknown> = {}, outcome: Record<string, unknown> = {}) => ({
  followUpId: "f",
  version: 1,
  outcomes: [
    { theme: "EGALITE_PROFESSIONNELLE", kind: "ACCORD", status: "NONE", signedAt: "", depositedAt: "", depositReference: "", domains: [], ...outcome },
  ],
  actionsCarriedOut: "Deux réunions de négociation.",
  changes: "Un dialogue plus concret.",
  satisfaction: "4",
  ...overrides,
});
const errors = (value: unknown) =>
  Object.fromEntries(FollowUpInput.safeParse(value).error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);

describe("moving the follow-up", () => {
  const facts = { closedOn: "2026-12-07", sent: false, answered: false };
  it("is allowed before its e-mail, to today or later, within 24 months of the closing", () => {
    expect(rescheduleProblem(facts, "2027-03-01", "2026-12-07")).toBeNull();
    expect(rescheduleProblem(facts, "2026-12-07", "2026-12-07")).toBeNull();
    expect(rescheduleProblem(facts, "2026-12-06", "2026-12-07")).toBe("Choisissez aujourd'hui ou une date à venir.");
    expect(rescheduleProblem(facts, "2028-12-08", "2026-12-07")).toBe("Choisissez une date avant le 7 décembre 2028 (24 mois après la clôture).");
    expect(rescheduleProblem({ ...facts, sent: true }, "2027-03-01", "2026-12-07")).toBe(
      "Le questionnaire a déjà été envoyé au binôme : sa date ne change plus.",
    );
  });
});

describe("the follow-up questionnaire", () => {
  it("takes the answers, with no accord nor plan on a theme", () => {
    const parsed = FollowUpInput.parse(input());
    expect(parsed.satisfaction).toBe(4);
    expect(parsed.outcomes[0]!.status).toBe("NONE");
  });

  it("asks for the answers in French", () => {
    expect(errors(input({ actionsCarriedOut: " ", changes: "", satisfaction: null }))).toEqual({
      actionsCarriedOut: "Saisissez les actions menées depuis la fin du cluster.",
      changes: "Saisissez ce que le cluster a changé.",
      satisfaction: "Choisissez une note de 1 à 5.",
    });
  });

  it("checks an accord's dates as the outcome form does, and drops those its status does not need", () => {
    expect(errors(input({}, { status: "SIGNED" }))).toEqual({ "outcomes.0.signedAt": "Saisissez la date de signature." });
    expect(errors(input({}, { status: "DEPOSITED", signedAt: "2015-03-10", depositedAt: "2015-02-01" }))).toEqual({
      "outcomes.0.depositedAt": "La date de dépôt ne peut pas précéder la date de signature.",
    });
    const parsed = FollowUpInput.parse(input({}, { status: "SIGNED", signedAt: "2015-03-10", depositReference: "T0291" }));
    expect(parsed.outcomes[0]).toMatchObject({ status: "SIGNED", signedAt: "2015-03-10", depositReference: undefined });
  });

  it("does not let a recorded outcome be declared as none", () => {
    expect(errors(input({}, { outcomeId: "o1", outcomeVersion: 2 }))).toEqual({
      "outcomes.0.status": "Un résultat est enregistré sur ce thème : dites où il en est (votre chargé·e de mission peut le retirer).",
    });
  });
});

describe("the follow-up's e-mail", () => {
  const message = {
    to: "marie@example.fr",
    firstName: "Marie",
    aractName: "Aract Bretagne",
    clusterName: "Clusters Égalité Bretagne 2014",
    companyName: "Conserverie d'Armor",
    closedOn: new Date("2014-09-30T00:00:00Z"),
    link: "http://localhost/connexion/confirmer?token=t",
    expires: new Date("2015-04-06T08:00:00Z"),
  };

  it("says what the questionnaire asks, with its link; a reminder says it is one", () => {
    const first = followUpEmail({ ...message, reminder: false });
    expect(first.subject).toBe("Le suivi de Conserverie d'Armor, après le « Clusters Égalité Bretagne 2014 »");
    expect(first.text).toContain("s'est terminé le 30 septembre 2014");
    expect(first.text).toContain("http://localhost/connexion/confirmer?token=t");
    const reminder = followUpEmail({ ...message, reminder: true });
    expect(reminder.subject).toBe("Rappel : le suivi de Conserverie d'Armor attend vos réponses");
    expect(reminder.text).toContain("Un rappel part chaque semaine pendant un mois");
  });
});
