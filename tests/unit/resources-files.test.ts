import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { checkFile, declaredType, formatFileSize, MAX_FILE_BYTES } from "@/lib/resources/files";
import { parseLibraryFilters } from "@/lib/resources/filters";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = new Uint8Array(Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex"));

describe("a resource's file", () => {
  it("is accepted when its content is what its name announces", async () => {
    expect(await checkFile("Lancement.PDF", PDF)).toEqual({ mime: "application/pdf" });
    expect(await checkFile("affiche.png", PNG)).toEqual({ mime: "image/png" });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Indicateurs").addRow(["Absentéisme", 6.5]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await checkFile("indicateurs.xlsx", xlsx)).toEqual({ mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    // A workbook is a ZIP, but not a Word document.
    expect(await checkFile("compte-rendu.docx", xlsx)).toEqual({
      problem: "Le contenu de ce fichier n'est pas celui d'un document Word (.docx), comme son nom l'annonce : il n'est pas enregistré.",
    });
  });

  it("is refused, in French, when empty, too large, of another type or of a type not accepted", async () => {
    expect(await checkFile("vide.pdf", new Uint8Array())).toEqual({ problem: "Ce fichier est vide." });
    expect(await checkFile("gros.pdf", new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ problem: "Ce fichier dépasse 10 Mo." });
    expect(await checkFile("photo.jpg", PNG)).toEqual({
      problem: "Le contenu de ce fichier n'est pas celui d'une image JPEG, comme son nom l'annonce : il n'est pas enregistré.",
    });
    expect(declaredType("script.svg")).toBeNull();
    expect(await checkFile("script.svg", PDF)).toMatchObject({ problem: expect.stringMatching(/^Choisissez un PDF/) });
  });

  it("tells its size in French", () => {
    expect(formatFileSize(300)).toBe("1 Ko");
    expect(formatFileSize(240 * 1024)).toBe("240 Ko");
    expect(formatFileSize(3.25 * 1024 * 1024)).toBe("3,3 Mo");
  });
});

describe("the library's filters", () => {
  it("keep the known values of the URL and leave out the rest", () => {
    expect(parseLibraryFilters({ q: "  usure ", theme: "QVCT", nature: "FICHE", origine: "reseau", page: "2" })).toEqual({
      q: "usure",
      theme: "QVCT",
      kind: "FICHE",
      origin: "reseau",
      page: 2,
    });
    expect(parseLibraryFilters({ theme: "INCONNU", nature: "x", origine: "ailleurs", page: "-3" })).toEqual({
      q: undefined,
      theme: undefined,
      kind: undefined,
      origin: undefined,
      page: 1,
    });
  });
});
