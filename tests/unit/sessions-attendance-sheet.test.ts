import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { pageLabel, sheetFileName, sheetHeading, sheetName, sheetRole, sheetRows, type SheetInput } from "@/lib/sessions/attendance-sheet";
import { renderAttendanceSheet } from "@/lib/sessions/attendance-sheet-pdf";

const session = {
  title: "Partage des diagnostics",
  day: "2026-12-08",
  date: new Date("2026-12-08T00:00:00.000Z"),
  slot: "MORNING" as const,
  place: "Brest, technopôle Brest-Iroise",
};

const sheet = (companies: SheetInput["companies"]): SheetInput => ({
  aractName: "Aract Bretagne",
  clusterName: "Cluster QVCT et usure professionnelle – Pays de Brest 2026-2027",
  session,
  companies,
});

async function pagesOf(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text;
}

describe("the émargement sheet's content", () => {
  it("lists one row per person, by company then surname, surname first in capitals", () => {
    const rows = sheetRows([
      {
        name: "Scierie de l'Élorn",
        people: [
          { firstName: "Pierre", lastName: "Corre", jobTitle: "Élu du CSE", label: "Représentant·e du personnel" },
          { firstName: "Gwenn", lastName: "Quiviger", jobTitle: "Cogérante", label: "Direction" },
        ],
      },
      { name: "EHPAD Les Hortensias", people: [{ firstName: "Maëlle", lastName: "Créac'h", jobTitle: null, label: "Représentant·e du personnel" }] },
    ]);
    expect(rows).toEqual([
      { company: "EHPAD Les Hortensias", name: "CRÉAC'H Maëlle", role: "Représentant·e du personnel" },
      { company: "Scierie de l'Élorn", name: "CORRE Pierre", role: "Élu du CSE\nReprésentant·e du personnel" },
      { company: "Scierie de l'Élorn", name: "QUIVIGER Gwenn", role: "Cogérante\nDirection" },
    ]);
    expect(sheetName({ firstName: "Marie", lastName: "Le Bihan" })).toBe("LE BIHAN Marie");
    expect(sheetRole({ jobTitle: "DRH", label: "Direction" })).toBe("DRH\nDirection");
  });

  it("says the day in words, the half-day with its hours, the place; names the file after the day", () => {
    expect(sheetHeading(session)).toEqual({
      when: "mardi 8 décembre 2026, matin (9 h – 12 h 30)",
      place: "Lieu : Brest, technopôle Brest-Iroise",
    });
    expect(sheetFileName(session)).toBe("emargement-2026-12-08-matin.pdf");
    expect(sheetFileName({ day: "2027-01-19", slot: "AFTERNOON" })).toBe("emargement-2027-01-19-apres-midi.pdf");
    expect(pageLabel(0, 2)).toBe("Page 1 sur 2");
  });
});

describe("the émargement PDF", () => {
  it("prints the heading, the table header, the people and the footer on one A4 page", async () => {
    const pdf = await renderAttendanceSheet(
      sheet([{ name: "Conserverie d'Armor", people: [{ firstName: "Marie", lastName: "Le Bihan", jobTitle: "DRH", label: "Direction" }] }]),
    );
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const viewport = (await document.getPage(1)).getViewport({ scale: 1 });
    expect([Math.round(viewport.width), Math.round(viewport.height)]).toEqual([595, 842]);
    const [page] = await pagesOf(pdf);
    for (const text of [
      "Aract Bretagne",
      "Feuille d'émargement",
      "Cluster QVCT et usure professionnelle – Pays de Brest 2026-2027",
      "Partage des diagnostics",
      "mardi 8 décembre 2026, matin (9 h – 12 h 30)",
      "Lieu : Brest, technopôle Brest-Iroise",
      "Entreprise",
      "Nom et prénom",
      "Signature",
      "Conserverie d'Armor",
      "LE BIHAN Marie",
      "Feuille d'émargement – à conserver comme justificatif",
      "Page 1 sur 1",
    ]) {
      expect(page).toContain(text);
    }
  });

  it("breaks pages, repeating the heading and the table header, and numbers them", async () => {
    const companies = Array.from({ length: 12 }, (_, i) => ({
      name: `Entreprise ${String(i + 1).padStart(2, "0")}`,
      people: [
        { firstName: "Anne", lastName: `Direction${i + 1}`, jobTitle: "Directrice", label: "Direction" },
        { firstName: "Yves", lastName: `Personnel${i + 1}`, jobTitle: "Élu du CSE", label: "Représentant·e du personnel" },
      ],
    }));
    const pages = await pagesOf(await renderAttendanceSheet(sheet(companies)));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain("Partage des diagnostics");
      expect(page).toContain("Nom et prénom");
      expect(page).toContain(`Page ${i + 1} sur ${pages.length}`);
      expect(page).toContain("à conserver comme justificatif");
    });
    const all = pages.join("\n");
    for (let i = 1; i <= 12; i++) {
      expect(all).toContain(`DIRECTION${i} Anne`);
      expect(all).toContain(`PERSONNEL${i} Yves`);
    }
  });

  it("says so when nobody is expected", async () => {
    const [page] = await pagesOf(await renderAttendanceSheet(sheet([])));
    expect(page).toContain("Aucune personne attendue");
  });
});
