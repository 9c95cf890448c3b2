// What a person's data export holds (RGPD art. 15 and 20): plain values, dates as Date, labels in French.
// Built by queries.ts, written as JSON and XLSX by export-files.ts.

export type PersonalDataAnswer = { section: string; question: string; value: unknown; text: string };

export type PersonalDataPerson = {
  id: string;
  number: number;
  aract: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  createdAt: Date;
  erasedAt: Date | null;
  pairSeats: {
    cluster: string;
    company: string;
    side: string;
    participationStatus: string;
    invitedAt: Date | null;
    startedAt: Date;
    endedAt: Date | null;
  }[];
  attendance: { date: string; slot: string; session: string; cluster: string; status: string }[];
  diagnostics: {
    diagnostic: string;
    cluster: string;
    company: string;
    side: string;
    status: string;
    submittedAt: Date | null;
    answers: PersonalDataAnswer[];
  }[];
};

export type PersonalDataEvent = {
  date: Date;
  action: string;
  entityType: string;
  entityId: string;
  /** Who did it: the person themselves, someone else by name, or « Système ». */
  actor: string;
  aract: string | null;
  /** Whether the event is about the person, by the person, or both. */
  relation: "about" | "by" | "about-and-by";
  changes: unknown;
};

export type PersonalData = {
  generatedAt: Date;
  account: {
    id: string;
    name: string | null;
    email: string;
    createdAt: Date;
    lastSignInAt: Date | null;
    disabledAt: Date | null;
    erasedAt: Date | null;
  } | null;
  roles: { role: string; aract: string | null; since: Date }[];
  persons: PersonalDataPerson[];
  auditEvents: PersonalDataEvent[];
};

/** Whose data: a user with their persons, or a person without an account. */
export type DataSubject = { userId: string | null; personIds: string[]; aractId: string | null };
