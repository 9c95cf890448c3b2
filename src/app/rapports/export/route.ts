import { z } from "@/lib/forms/zod";
import { authorize } from "@/lib/auth/scope";
import { parseDay, todayInFrance } from "@/lib/dates/day";
import { cachedReport } from "@/lib/reports/cache";
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportFilename, toCsv, toWorkbook } from "@/lib/reports/export-files";
import { EXPORT_CONTENTS, clusterRowsDocument, reportDocument, type ExportContext } from "@/lib/reports/export-tables";
import { describeFilters } from "@/lib/reports/filter-params";
import { readReportFilters } from "@/lib/reports/page-filters";
import { listClusterRows } from "@/lib/reports/queries";
import { indicatorChangesReport } from "@/lib/reports/indicators/queries";

const ExportRequest = z.object({ format: z.enum(EXPORT_FORMATS), contenu: z.enum(EXPORT_CONTENTS) });

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * GET /rapports/export?format=csv|xlsx&contenu=synthese|clusters&<the report's filters>: the report or its
 * underlying rows (one per cluster) as a file, within the caller's scope, with the filters written in it.
 * Nothing is recorded in the audit trail: these files hold counts, no personal data, and the rows that
 * could single out fewer than five companies are suppressed.
 */
export async function GET(request: Request) {
  const scope = await authorize("report:read");
  if (!scope) return text(404, "Introuvable");
  const params = new URL(request.url).searchParams;
  const parsed = ExportRequest.safeParse({ format: params.get("format"), contenu: params.get("contenu") });
  if (!parsed.success) {
    return text(400, "Export inconnu : demandez format=csv ou format=xlsx, et contenu=synthese ou contenu=clusters.");
  }
  const { format, contenu } = parsed.data;

  const { options, filters, rejected } = await readReportFilters(scope, Object.fromEntries(params));
  const today = todayInFrance();
  const context: ExportContext = {
    today: parseDay(today),
    aractName: scope.aractName,
    filters: describeFilters(filters, options, scope.aractName),
    rejected,
  };
  const document =
    contenu === "synthese"
      ? reportDocument(await cachedReport(scope, filters, today), context, await indicatorChangesReport(scope, filters, today))
      : clusterRowsDocument(await listClusterRows(scope, filters, today), context);

  const body =
    format === "csv"
      ? toCsv(document)
      : new Uint8Array((await toWorkbook(document, context.today).xlsx.writeBuffer()) as ArrayBuffer);
  return new Response(body, {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFilename(contenu, format, today)}"`,
      // The figures of one Aract are for its own people: never kept by a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}
