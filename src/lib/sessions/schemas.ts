import { z } from "@/lib/forms/zod";
import { Day, optionalText, requiredText } from "@/lib/forms/fields";
import { AttendanceStatus, HalfDay } from "@/generated/prisma/enums";

/** The session form, on the client; the actions add the cluster (create) or the session (edit). */
export const SessionInput = z.object({
  title: requiredText("le titre de la séance"),
  date: Day,
  halfDay: z.enum(HalfDay, { error: "Choisissez le matin ou l'après-midi." }),
  place: requiredText("le lieu"),
  agenda: optionalText(5000),
});
export type SessionInput = z.input<typeof SessionInput>;

export const CreateSessionInput = SessionInput.extend({ clusterId: z.string().min(1) });
export const UpdateSessionInput = SessionInput.extend({ id: z.string().min(1) });
export const CancelSessionInput = z.object({ id: z.string().min(1) });

/**
 * The attendance screen: one answer per person id. A person left without an answer (null) is not
 * recorded; nothing recorded earlier is erased by leaving it blank.
 */
export const RecordAttendanceInput = z.object({
  sessionId: z.string().min(1),
  statuses: z.record(
    z.string().min(1),
    z.enum(AttendanceStatus, { error: "Choisissez présent, excusé ou absent." }).nullish(),
  ),
});
export type RecordAttendanceInput = z.input<typeof RecordAttendanceInput>;
