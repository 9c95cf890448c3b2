import ExcelJS from "exceljs";
import type { PersonalData } from "./types";
import type { PersonalDataFormat } from "./schemas";

// A person's data as files (RGPD art. 15 and 20): JSON, structured and machine-readable, and an XLSX
// workbook, one readable table per kind of data. Pure: data in, bytes out.

export const PERSONAL_DATA_SHEETS = ["Identité", "Rôles", "Binômes et membres", "Présences", "Réponses", "Journal"] as const;

export const PERSONAL_DATA_CONTENT_TYPES: Record<PersonalDataFormat, string> = {
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const DATE = "dd/mm/yyyy";
const DATE_TIME = "dd/mm/yyyy hh:mm";

/** "donnees-personnelles-2026-12-04.json" (the day in France). */
export function personalDataFilename(format: PersonalDataFormat, day: string): string {
  return `donnees-personnelles-${day}.${format}`;
}

export function personalDataJson(data: PersonalData): string {
  return `${JSON.stringify({ description: JSON_DESCRIPTION, ...data }, null, 2)}\n`;
}

const JSON_DESCRIPTION =
  "Données personnelles détenues par la plateforme des clusters Anact-Aract (RGPD, articles 15 et 20) : " +
  "compte, rôles, fiches de personne (binômes, présences aux séances, réponses aux diagnostics) et journal d'audit.";

type Column = { header: string; width: number; numFmt?: string };
type Cell = string | number | Date | null;

function tableSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][], empty: string) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  if (rows.length === 0) {
    sheet.addRow([empty]);
    return;
  }
  sheet.addRows(rows);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
}

/** Dates of the calendar ("2026-10-13") as Excel dates. */
const calendarDay = (day: string) => new Date(`${day}T00:00:00Z`);

export function buildPersonalDataWorkbook(data: PersonalData): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Clusters Anact-Aract";
  workbook.created = data.generatedAt;

  const identity: [string, Cell][] = [["Document produit le", data.generatedAt]];
  if (data.account) {
    identity.push(
      ["Compte : nom", data.account.name],
      ["Compte : adresse e-mail", data.account.email],
      ["Compte créé le", data.account.createdAt],
      ["Dernière connexion", data.account.lastSignInAt],
      ["Compte désactivé le", data.account.disabledAt],
      ["Données supprimées le", data.account.erasedAt],
    );
  }
  for (const p of data.persons) {
    const title = `Fiche n° ${p.number} (${p.aract})`;
    identity.push(
      [`${title} : prénom`, p.firstName],
      [`${title} : nom`, p.lastName],
      [`${title} : adresse e-mail`, p.email],
      [`${title} : téléphone`, p.phone],
      [`${title} : fonction`, p.jobTitle],
      [`${title} : créée le`, p.createdAt],
      [`${title} : supprimée le`, p.erasedAt],
    );
  }
  tableSheet(
    workbook,
    "Identité",
    [
      { header: "Rubrique", width: 48 },
      { header: "Valeur", width: 48, numFmt: DATE_TIME },
    ],
    identity,
    "",
  );

  tableSheet(
    workbook,
    "Rôles",
    [
      { header: "Rôle", width: 36 },
      { header: "Aract", width: 36 },
      { header: "Depuis le", width: 14, numFmt: DATE },
    ],
    data.roles.map((r) => [r.role, r.aract ?? "Toutes (niveau national)", r.since]),
    "Aucun rôle dans une Aract ni à l'Anact.",
  );

  tableSheet(
    workbook,
    "Binômes et membres",
    [
      { header: "Cluster", width: 44 },
      { header: "Entreprise", width: 36 },
      { header: "Rôle dans l'entreprise", width: 28 },
      { header: "Statut de l'entreprise", width: 22 },
      { header: "Invité·e le", width: 14, numFmt: DATE },
      { header: "Depuis le", width: 14, numFmt: DATE },
      { header: "Jusqu'au", width: 14, numFmt: DATE },
    ],
    data.persons.flatMap((p) =>
      p.pairSeats.map((s) => [
        s.cluster,
        s.company,
        s.side,
        s.participationStatus,
        s.invitedAt,
        s.startedAt,
        s.endedAt,
      ]),
    ),
    "Aucune place dans un binôme.",
  );

  tableSheet(
    workbook,
    "Présences",
    [
      { header: "Date", width: 12, numFmt: DATE },
      { header: "Demi-journée", width: 14 },
      { header: "Séance", width: 50 },
      { header: "Cluster", width: 44 },
      { header: "Présence", width: 14 },
    ],
    data.persons.flatMap((p) =>
      p.attendance.map((a) => [calendarDay(a.date), a.slot, a.session, a.cluster, a.status]),
    ),
    "Aucune présence enregistrée.",
  );

  tableSheet(
    workbook,
    "Réponses",
    [
      { header: "Diagnostic", width: 36 },
      { header: "Cluster", width: 36 },
      { header: "Entreprise", width: 30 },
      { header: "État", width: 12 },
      { header: "Envoyé le", width: 16, numFmt: DATE_TIME },
      { header: "Partie", width: 30 },
      { header: "Question", width: 60 },
      { header: "Réponse", width: 40 },
    ],
    data.persons.flatMap((p) =>
      p.diagnostics.flatMap((d) =>
        d.answers.map((a) => [
          d.diagnostic,
          d.cluster,
          d.company,
          d.status,
          d.submittedAt,
          a.section,
          a.question,
          a.text,
        ]),
      ),
    ),
    "Aucune réponse à un diagnostic.",
  );

  const RELATIONS = {
    about: "Vous concerne",
    by: "Fait par vous",
    "about-and-by": "Vous concerne, fait par vous",
  } as const;
  tableSheet(
    workbook,
    "Journal",
    [
      { header: "Date", width: 18, numFmt: DATE_TIME },
      { header: "Action", width: 32 },
      { header: "Lien avec vous", width: 28 },
      { header: "Par", width: 28 },
      { header: "Aract", width: 28 },
      { header: "Élément", width: 20 },
      { header: "Identifiant", width: 28 },
      { header: "Détail", width: 60 },
    ],
    data.auditEvents.map((e) => [
      e.date,
      e.action,
      RELATIONS[e.relation],
      e.actor,
      e.aract ?? "",
      e.entityType,
      e.entityId,
      e.changes === null || e.changes === undefined ? "" : JSON.stringify(e.changes),
    ]),
    "Aucun événement.",
  );
  return workbook;
}

/** The file's bytes in the asked format. */
export async function personalDataFile(data: PersonalData, format: PersonalDataFormat): Promise<Uint8Array> {
  if (format === "json") return new TextEncoder().encode(personalDataJson(data));
  return new Uint8Array((await buildPersonalDataWorkbook(data).xlsx.writeBuffer()) as ArrayBuffer);
}
