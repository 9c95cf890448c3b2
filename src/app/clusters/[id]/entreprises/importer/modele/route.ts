import { authorize } from "@/lib/auth/scope";
import { buildImportCsvTemplate, buildImportTemplate } from "@/lib/company-imports/template";

/** GET /clusters/[id]/entreprises/importer/modele[?format=csv]: the empty list to fill in (XLSX by default). */
export async function GET(request: Request) {
  const scope = await authorize("company:write");
  if (!scope) return new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (new URL(request.url).searchParams.get("format") === "csv") {
    return new Response(buildImportCsvTemplate(), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="modele-import-structures.csv"',
      },
    });
  }
  const buffer = await buildImportTemplate().xlsx.writeBuffer();
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": 'attachment; filename="modele-import-structures.xlsx"',
    },
  });
}
