import { filterQueryString } from "@/lib/reports/filter-params";
import type { ReportFilters } from "@/lib/reports/filters";

const FILES = [
  { contenu: "synthese", label: "Synthèse" },
  { contenu: "clusters", label: "Détail par cluster" },
] as const;

/** The report and its underlying rows, with the current filters, as XLSX or CSV. */
export function ExportLinks({ filters }: { filters: ReportFilters }) {
  return (
    <nav aria-label="Exports" className="text-sm">
      <p className="mb-1 font-medium">Télécharger avec ces filtres :</p>
      <ul className="space-y-1">
        {FILES.map((file) => (
          <li key={file.contenu}>
            {file.label} :{" "}
            <a href={`/rapports/export${filterQueryString(filters, { contenu: file.contenu, format: "xlsx" })}`} download>
              XLSX<span className="sr-only"> ({file.label.toLowerCase()})</span>
            </a>
            {" · "}
            <a href={`/rapports/export${filterQueryString(filters, { contenu: file.contenu, format: "csv" })}`} download>
              CSV<span className="sr-only"> ({file.label.toLowerCase()})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
