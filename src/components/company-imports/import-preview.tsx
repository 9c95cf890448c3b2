import { IMPORT_COLUMNS, IMPORT_FIELDS, columnLetter, type ColumnChoice, type ImportField } from "@/lib/company-imports/columns";
import { IMPORT_STATUS_LABELS, IMPORT_STATUS_TONES } from "@/lib/company-imports/labels";
import type { ImportPreview } from "@/lib/company-imports/queries";
import { formatNumber, plural } from "@/lib/format/fr";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";

const person = (first: string, last: string, email: string) => [[first, last].filter(Boolean).join(" "), email].filter(Boolean);

/** The columns found, each changeable; the rows in error with each cell's message; then what each row becomes. */
export function ImportPreviewView({
  preview,
  disabled,
  onColumnsChange,
}: {
  preview: ImportPreview;
  disabled: boolean;
  onColumnsChange: (columns: ColumnChoice) => void;
}) {
  const { counts, rows } = preview;
  const invalid = rows.filter((row) => row.status === "invalid");
  const choose = (field: ImportField, value: string) => {
    const columns = { ...preview.columns };
    if (value === "") delete columns[field];
    else columns[field] = Number(value);
    onColumnsChange(columns);
  };
  return (
    <div className="space-y-8">
      <section aria-labelledby="import-columns" className="space-y-3">
        <h3 id="import-columns" className="text-lg font-bold">
          Colonnes de « {preview.fileName} »
        </h3>
        <p className="max-w-3xl text-sm text-muted">
          Chaque colonne attendue est retrouvée par son nom ; corrigez le choix si le fichier les nomme autrement.
        </p>
        {preview.missing.length > 0 && (
          <Notice tone="warning" role="alert" title="Colonnes obligatoires introuvables">
            {preview.missing.map((field) => `« ${IMPORT_COLUMNS[field].label} »`).join(", ")} : choisissez la colonne du
            fichier qui les contient.
          </Notice>
        )}
        <div className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
          {IMPORT_FIELDS.map((field) => (
            <div key={field}>
              <label htmlFor={`column-${field}`} className="block text-sm font-medium">
                {IMPORT_COLUMNS[field].label}
                {!IMPORT_COLUMNS[field].required && <span className="font-normal text-muted"> (facultative)</span>}
              </label>
              <select
                id={`column-${field}`}
                value={preview.columns[field] ?? ""}
                disabled={disabled}
                aria-invalid={preview.missing.includes(field) ? true : undefined}
                onChange={(event) => choose(field, event.target.value)}
                className="mt-1 w-full rounded-t-sm border-0 border-b-2 border-ink bg-[#eeeeee] px-2 py-1.5 text-sm"
              >
                <option value="">— Aucune colonne —</option>
                {preview.headers.map((header, index) => (
                  <option key={index} value={index}>
                    {columnLetter(index)} · {header || "(sans nom)"}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </section>

      {!preview.missing.length && (
        <section aria-labelledby="import-rows" className="space-y-4">
          <h3 id="import-rows" className="text-lg font-bold">
            {plural(rows.length, "ligne lue", "lignes lues")}
          </h3>
          <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <li>{plural(counts.new, "nouvelle structure", "nouvelles structures")}</li>
            <li>{plural(counts.known, "structure déjà suivie", "structures déjà suivies")} par l'Aract</li>
            <li>{formatNumber(counts.enrolled)} déjà dans le cluster (inchangées)</li>
            <li className={counts.invalid ? "font-bold text-marianne" : undefined}>
              {plural(counts.invalid, "ligne en erreur", "lignes en erreur")}
            </li>
          </ul>
          {invalid.length > 0 && (
            <Notice tone="warning" role="alert" title="À corriger dans le fichier avant l'import">
              <ul className="mt-1 space-y-2">
                {invalid.map((row) => (
                  <li key={row.line}>
                    <span className="font-bold">Ligne {formatNumber(row.line)}</span>
                    <ul className="list-disc pl-5">
                      {row.errors.map((error) => (
                        <li key={error.field}>
                          {IMPORT_COLUMNS[error.field].label}
                          {error.value ? ` (« ${error.value} »)` : ""} : {error.message}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </Notice>
          )}
          <Table
            caption="Aperçu de l'import"
            variant="boxed"
            columns={[
              { label: "Ligne", align: "right" },
              { label: "Structure" },
              { label: "Direction" },
              { label: "Représentant·e du personnel" },
              { label: "À l'import" },
            ]}
          >
            <tbody>
              {rows.map(({ line, status, values }) => (
                <tr
                  key={line}
                  className={`border-b border-line align-top last:border-0 ${status === "invalid" ? "bg-warning-50" : ""}`}
                >
                  <td className="px-4 py-2 text-right tabular-nums">{formatNumber(line)}</td>
                  <td className="px-4 py-2">
                    <span className="font-medium">{values.name || "—"}</span>
                    <span className="block text-muted">
                      {[values.siret && `SIRET ${values.siret}`, values.nafCode, values.headcount && `effectif ${values.headcount}`]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </td>
                  {(
                    [
                      person(values.directionFirstName, values.directionLastName, values.directionEmail),
                      person(values.staffFirstName, values.staffLastName, values.staffEmail),
                    ] as const
                  ).map((lines, index) => (
                    <td key={index} className="px-4 py-2">
                      {lines.map((text, at) => (
                        <span key={at} className={at ? "block text-muted" : "block"}>
                          {text}
                        </span>
                      ))}
                    </td>
                  ))}
                  <td className="px-4 py-2">
                    <Badge tone={IMPORT_STATUS_TONES[status]}>{IMPORT_STATUS_LABELS[status]}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      )}
    </div>
  );
}
