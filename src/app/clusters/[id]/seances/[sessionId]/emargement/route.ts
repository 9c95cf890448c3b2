import { authorize } from "@/lib/auth/scope";
import { getAttendanceSheet } from "@/lib/sessions/queries";
import { sheetFileName } from "@/lib/sessions/attendance-sheet";
import { renderAttendanceSheet } from "@/lib/sessions/attendance-sheet-pdf";
import { recordClusterExport } from "@/lib/exports/mutations";

type Context = { params: Promise<{ id: string; sessionId: string }> };

const notFound = () => new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The émargement sheet of a session, as a PDF: staff and national team only, like the attendance screen. */
export async function GET(_request: Request, { params }: Context) {
  const scope = await authorize("cluster:follow");
  if (!scope) return notFound();
  const { id, sessionId } = await params;
  const sheet = await getAttendanceSheet(scope, id, sessionId);
  if (!sheet || sheet.session.cancelled) return notFound();
  const pdf = await renderAttendanceSheet(sheet);
  await recordClusterExport(scope, id, `feuille d'émargement ${sheetFileName(sheet.session)}`);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${sheetFileName(sheet.session)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
