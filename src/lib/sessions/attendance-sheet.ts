import type { SessionSlot } from "@/generated/prisma/enums";
import { SLOT_LABELS } from "@/lib/clusters/labels";
import { formatWeekdayDate } from "@/lib/format/fr";
import { slotHours, type SessionTiming } from "./rules";

// What the émargement sheet says, apart from how it is drawn (./attendance-sheet-pdf.ts).

/** `label`: what they are in the company's approach ("Direction", "Référent·e QVT"…). */
export type SheetPerson = { firstName: string; lastName: string; jobTitle: string | null; label: string };

export type SheetInput = {
  aractName: string;
  clusterName: string;
  session: { title: string; day: string; date: Date; place: string } & SessionTiming;
  companies: readonly { name: string; people: readonly SheetPerson[] }[];
};

export type SheetRow = { company: string; name: string; role: string };

/** "LE BIHAN Marie": the surname first and in capitals, as French sign-in sheets print it. */
export function sheetName(person: { firstName: string; lastName: string }): string {
  return `${person.lastName.toLocaleUpperCase("fr")} ${person.firstName}`;
}

/** "Directrice des ressources humaines\nDirection": the function, then the seat (side of the pair, or role). */
export function sheetRole(person: { jobTitle: string | null; label: string }): string {
  return [person.jobTitle, person.label].filter(Boolean).join("\n");
}

/** One row per expected person, by company then by surname and first name. */
export function sheetRows(companies: SheetInput["companies"]): SheetRow[] {
  const french = (a: string, b: string) => a.localeCompare(b, "fr", { sensitivity: "base" });
  return [...companies]
    .sort((a, b) => french(a.name, b.name))
    .flatMap((company) =>
      [...company.people]
        .sort((a, b) => french(a.lastName, b.lastName) || french(a.firstName, b.firstName))
        .map((person) => ({ company: company.name, name: sheetName(person), role: sheetRole(person) })),
    );
}

/** The lines under the sheet's title: the day in words, the half-day with its hours, the place. */
export function sheetHeading(session: SheetInput["session"]): { when: string; place: string } {
  return {
    when:
      session.slot === "TIMED"
        ? `${formatWeekdayDate(session.date)}, ${slotHours(session)}`
        : `${formatWeekdayDate(session.date)}, ${SLOT_LABELS[session.slot]} (${slotHours(session)})`,
    place: `Lieu : ${session.place}`,
  };
}

const FILE_SLOTS: Record<SessionSlot, string> = { MORNING: "matin", AFTERNOON: "apres-midi", FULL_DAY: "journee", TIMED: "" };

/** "emargement-2026-12-08-matin.pdf"; a timed session: "emargement-2026-12-08-09h30.pdf". */
export function sheetFileName(session: { day: string } & SessionTiming): string {
  const slot = session.slot === "TIMED" ? (session.startTime ?? "").replace(":", "h") : FILE_SLOTS[session.slot];
  return `emargement-${session.day}-${slot}.pdf`;
}

export const SHEET_FOOTER = "Feuille d'émargement – à conserver comme justificatif";

/** "Page 1 sur 2". */
export function pageLabel(index: number, count: number): string {
  return `Page ${index + 1} sur ${count}`;
}
