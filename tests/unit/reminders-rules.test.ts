import { describe, expect, it } from "vitest";
import {
  canBePicked,
  ELIGIBILITY_LABELS,
  reminderEligibility,
  remindersOutcomeLines,
  responseLabel,
  type ReminderCandidate,
} from "@/lib/reminders/rules";

const candidate = (overrides: Partial<ReminderCandidate> = {}): ReminderCandidate => ({
  responseStatus: null,
  email: "marie.le-bihan@conserverie-armor.fr",
  account: "active",
  remindedToday: false,
  ...overrides,
});

describe("who may be reminded", () => {
  it("reminds a member who has not opened the diagnostic, or left it as a draft", () => {
    expect(reminderEligibility(candidate())).toBe("eligible");
    expect(reminderEligibility(candidate({ responseStatus: "DRAFT" }))).toBe("eligible");
  });

  it("never reminds one who submitted, whatever else", () => {
    expect(reminderEligibility(candidate({ responseStatus: "SUBMITTED", email: null, remindedToday: true }))).toBe("submitted");
  });

  it("cannot remind without an address or an account able to sign in", () => {
    expect(reminderEligibility(candidate({ email: null, account: "none" }))).toBe("no-email");
    expect(reminderEligibility(candidate({ account: "none" }))).toBe("no-account");
    expect(reminderEligibility(candidate({ account: "disabled" }))).toBe("account-disabled");
  });

  it("does not remind twice the same day", () => {
    expect(reminderEligibility(candidate({ remindedToday: true }))).toBe("reminded-today");
    expect(ELIGIBILITY_LABELS["reminded-today"]).toBe("déjà relancé·e aujourd'hui");
  });

  it("lets the chargé de mission pick those reminded today (the server says so), not those who cannot be reached", () => {
    expect(canBePicked("eligible")).toBe(true);
    expect(canBePicked("reminded-today")).toBe(true);
    for (const kind of ["submitted", "no-email", "no-account", "account-disabled"] as const) expect(canBePicked(kind)).toBe(false);
  });
});

describe("what the chargé de mission reads", () => {
  it("names a response's state", () => {
    expect([null, "DRAFT", "SUBMITTED"].map((s) => responseLabel(s as never))).toEqual([
      "pas commencée",
      "commencée, pas envoyée",
      "envoyée",
    ]);
  });

  it("says who was reminded, who was not and why, and whose sending failed", () => {
    expect(
      remindersOutcomeLines({
        sent: ["Marie Le Bihan", "Thomas Guillou"],
        skipped: [{ name: "Yannick Abiven", reason: "déjà relancé·e aujourd'hui" }],
        failed: ["Soizic Le Saout"],
      }),
    ).toEqual([
      "Relance envoyée à Marie Le Bihan, Thomas Guillou.",
      "Pas de relance pour Yannick Abiven : déjà relancé·e aujourd'hui.",
      "L'envoi a échoué pour Soizic Le Saout : rien n'a été enregistré pour eux, réessayez.",
    ]);
    expect(remindersOutcomeLines({ sent: [], skipped: [], failed: [] })).toEqual([]);
  });
});
