import { describe, expect, it } from "vitest";
import { ERASE_CONFIRMATION_MESSAGE, ErasePersonInput, PersonalDataRequest } from "@/lib/personal-data/schemas";
import {
  buildPersonalDataWorkbook,
  personalDataFilename,
  personalDataJson,
  PERSONAL_DATA_SHEETS,
} from "@/lib/personal-data/export-files";
import { personalDataNotice, personalDataPageUrl } from "@/lib/personal-data/notice";
import { delayUntilNextRun } from "@/lib/personal-data/schedule";
import { erasedEmail, pseudonym } from "@/lib/personal-data/erasure";
import { invitationEmail } from "@/lib/auth/invitation-email";
import { reminderEmail } from "@/lib/reminders/reminder-email";
import type { PersonalData } from "@/lib/personal-data/types";

const DATA: PersonalData = {
  generatedAt: new Date("2026-12-04T10:00:00Z"),
  account: {
    id: "u1",
    name: "Anne Quéméner",
    email: "anne@menuiserie.fr",
    createdAt: new Date("2026-01-02T09:00:00Z"),
    lastSignInAt: null,
    disabledAt: null,
    erasedAt: null,
  },
  roles: [],
  persons: [
    {
      id: "p1",
      number: 17,
      aract: "Aract Bretagne",
      firstName: "Anne",
      lastName: "Quéméner",
      email: "anne@menuiserie.fr",
      phone: null,
      jobTitle: "Gérante",
      createdAt: new Date("2026-01-02T09:00:00Z"),
      erasedAt: null,
      pairSeats: [],
      attendance: [
        { date: "2026-10-06", slot: "matin", session: "Ouverture", cluster: "QVCT 2026", status: "Présent·e" },
      ],
      diagnostics: [
        {
          diagnostic: "Égalité (version 1)",
          cluster: "QVCT 2026",
          company: "Menuiserie",
          side: "Direction",
          status: "Envoyé",
          submittedAt: null,
          answers: [{ section: "Mixité", question: "Un accord est en vigueur", value: true, text: "Oui" }],
        },
      ],
    },
  ],
  auditEvents: [],
};

describe("the erasure and download forms' schemas", () => {
  it("accept « supprimer » typed in any case with spaces, and refuse anything else in French", () => {
    expect(ErasePersonInput.parse({ id: "p1", confirmation: "  SUPPRIMER " })).toEqual({
      id: "p1",
      confirmation: "supprimer",
    });
    const refused = ErasePersonInput.safeParse({ id: "p1", confirmation: "oui" });
    expect(refused.success ? null : refused.error.issues[0]!.message).toBe(ERASE_CONFIRMATION_MESSAGE);
    expect(PersonalDataRequest.safeParse({ format: "csv" }).success).toBe(false);
  });
});

describe("the data files", () => {
  it("write JSON with a description and ISO dates, and name the file after the day", () => {
    const json = JSON.parse(personalDataJson(DATA));
    expect(json.description).toMatch(/RGPD/);
    expect(json.persons[0].diagnostics[0].answers[0]).toEqual({
      section: "Mixité",
      question: "Un accord est en vigueur",
      value: true,
      text: "Oui",
    });
    expect(json.generatedAt).toBe("2026-12-04T10:00:00.000Z");
    expect(personalDataFilename("xlsx", "2026-12-04")).toBe("donnees-personnelles-2026-12-04.xlsx");
  });

  it("write one sheet per kind of data, saying so when one is empty", () => {
    const workbook = buildPersonalDataWorkbook(DATA);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...PERSONAL_DATA_SHEETS]);
    expect(workbook.getWorksheet("Rôles")!.getRow(2).getCell(1).value).toBe("Aucun rôle dans une Aract ni à l'Anact.");
    expect(workbook.getWorksheet("Réponses")!.getRow(2).values).toEqual(
      expect.arrayContaining(["Égalité (version 1)", "Un accord est en vigueur", "Oui"]),
    );
    expect(workbook.getWorksheet("Présences")!.getRow(2).getCell(1).value).toEqual(new Date("2026-10-06T00:00:00Z"));
  });
});

describe("pseudonyms", () => {
  it("read « Personne supprimée n° 17 », and the address can never receive mail", () => {
    expect(pseudonym(17)).toBe("Personne supprimée n° 17");
    expect(erasedEmail("u1")).toBe("supprime-u1@invalid");
  });
});

describe("the daily retention run", () => {
  it("runs at 03:30 in France, and never twice in one night", () => {
    // 02:30 UTC in winter is 03:30 in Paris: the next run is a day later.
    expect(delayUntilNextRun(new Date("2026-12-04T02:29:00Z"))).toBe(60_000);
    expect(delayUntilNextRun(new Date("2026-12-04T02:30:00Z"))).toBe(24 * 3600_000);
    expect(delayUntilNextRun(new Date("2026-12-04T02:29:30Z"))).toBe(24 * 3600_000 + 30_000);
    expect(delayUntilNextRun(new Date("2026-12-04T12:00:00Z"))).toBe(14.5 * 3600_000);
    // Summer time: 03:30 in Paris is 01:30 UTC.
    expect(delayUntilNextRun(new Date("2026-07-01T00:30:00Z"))).toBe(3600_000);
  });
});

describe("the invitation e-mails", () => {
  const link = "https://clusters.anact.fr/connexion/confirmer?token=abc";
  it("point at the public page on personal data of the same site", () => {
    expect(personalDataPageUrl(link)).toBe("https://clusters.anact.fr/donnees-personnelles");
    const expires = new Date("2026-12-11T10:00:00Z");
    const invitation = invitationEmail({
      to: "anne@menuiserie.fr",
      firstName: "Anne",
      seat: { side: "DIRECTION", role: null, roleLabel: null },
      aractName: "Aract Bretagne",
      invitedBy: "Gaëlle Kerjean",
      clusterName: "QVCT 2026",
      companyName: "Menuiserie",
      link,
      expires,
    });
    const reminder = reminderEmail({
      to: "anne@menuiserie.fr",
      firstName: "Anne",
      aractName: "Aract Bretagne",
      sentBy: "Gaëlle Kerjean",
      clusterName: "QVCT 2026",
      companyName: "Menuiserie",
      templateTitle: "Égalité",
      started: false,
      inPair: true,
      link,
      expires,
    });
    for (const email of [invitation, reminder]) {
      expect(email.text).toContain(personalDataNotice(link).text);
      expect(email.html).toContain('<a href="https://clusters.anact.fr/donnees-personnelles">');
    }
  });
});
