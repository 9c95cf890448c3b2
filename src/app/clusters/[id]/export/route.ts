import { authorize } from "@/lib/auth/scope";
import { getFunderWorkbookData } from "@/lib/exports/queries";
import { recordClusterExport } from "@/lib/exports/mutations";
import { buildFunderWorkbook, funderWorkbookFilename } from "@/lib/exports/funder-workbook";
import { parseDay, todayInFrance } from "@/lib/dates/day";

type Context = { params: Promise<{ id: string }> };

const notFound = () =>
  new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** GET /clusters/[id]/export: the cluster's funder evidence as an XLSX workbook (staff and national team). */
export async function GET(_request: Request, { params }: Context) {
  const scope = await authorize("cluster:follow");
  if (!scope) return notFound();
  const { id } = await params;
  const data = await getFunderWorkbookData(scope, id);
  if (!data) return notFound();

  const today = todayInFrance();
  const buffer = await buildFunderWorkbook(data, parseDay(today)).xlsx.writeBuffer();
  await recordClusterExport(scope, id, "justificatifs financeurs (XLSX)");
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${funderWorkbookFilename(data.cluster.name, today)}"`,
      // Personal data (pair members' e-mails): never kept by a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}
