import { z } from "@/lib/forms/zod";
import { Day, optionalText, requiredText } from "@/lib/forms/fields";
import { AttendanceStatus, SessionSlot } from "@/generated/prisma/enums";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const Time = optionalText(5).pipe(z.string().regex(TIME, "Saisissez une heure comme 09:30.").optional());

/** A meeting link, sent to the participants: https only. */
const VideoUrl = optionalText(500).pipe(
  z
    .url({ protocol: /^https$/, error: "Saisissez le lien complet de la visioconférence, commençant par https://." })
    .optional(),
);

const SessionFields = z.object({
  title: requiredText("le titre de la séance"),
  date: Day,
  slot: z.enum(SessionSlot, { error: "Choisissez le matin, l'après-midi, la journée entière ou des horaires précis." }),
  /** With "horaires précis" only ("HH:MM"); ignored otherwise. */
  startTime: Time,
  endTime: Time,
  place: requiredText("le lieu"),
  videoUrl: VideoUrl,
  agenda: optionalText(5000),
});

/** A timed session has both its times, the end after the start. */
function checkTimes(input: z.output<typeof SessionFields>, ctx: z.RefinementCtx) {
  if (input.slot !== "TIMED") return;
  if (!input.startTime) ctx.addIssue({ code: "custom", path: ["startTime"], message: "Saisissez l'heure de début." });
  if (!input.endTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "Saisissez l'heure de fin." });
  if (input.startTime && input.endTime && input.endTime <= input.startTime) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "La séance finit après son début." });
  }
}

/** The session form, on the client; the actions add the cluster (create) or the session (edit). */
export const SessionInput = SessionFields.superRefine(checkTimes);
export type SessionInput = z.input<typeof SessionInput>;

export const CreateSessionInput = SessionFields.extend({ clusterId: z.string().min(1) }).superRefine(checkTimes);
export const UpdateSessionInput = SessionFields.extend({ id: z.string().min(1) }).superRefine(checkTimes);
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
