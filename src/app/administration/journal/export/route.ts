import { authorize } from "@/lib/auth/scope";
import { parseDay, todayInFrance } from "@/lib/dates/day";
import { toCsv, EXPORT_CONTENT_TYPES } from "@/lib/reports/export-files";
import { auditDocument, auditExportFilename } from "@/lib/audit/export";
import { readAuditFilters } from "@/lib/audit/page-filters";
import { listAuditEventsForExport } from "@/lib/audit/queries";
import { recordAuditExport } from "@/lib/audit/mutations";
import { describeAuditFilters } from "@/lib/audit/schemas";

/**
 * GET /administration/journal/export?<the journal's filters>: the filtered events as CSV, within the
 * caller's scope. Filters that are not valid are ignored and named in the file. The export is recorded in
 * the trail itself.
 */
export async function GET(request: Request) {
  const scope = await authorize("audit:read");
  if (!scope)
    return new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const params = new URL(request.url).searchParams;
  const { options, filters, notice } = await readAuditFilters(scope, Object.fromEntries(params));
  const { rows, total } = await listAuditEventsForExport(scope, filters);
  const today = todayInFrance();
  const csv = toCsv(
    auditDocument(rows, {
      today: parseDay(today),
      aractName: scope.aractName,
      filters: describeAuditFilters(filters, options, scope.aractName),
      notice,
      total,
    }),
  );
  await recordAuditExport(scope, filters, rows.length);
  return new Response(csv, {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES.csv,
      "Content-Disposition": `attachment; filename="${auditExportFilename(today)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
