"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { importCompaniesAction, previewCompanyImportAction } from "@/lib/company-imports/actions";
import type { ColumnChoice } from "@/lib/company-imports/columns";
import type { ImportPreview } from "@/lib/company-imports/queries";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { plural } from "@/lib/format/fr";
import { ImportPreviewView } from "./import-preview";

const loadSchema = () => import("@/lib/company-imports/schemas").then((m) => m.ImportFileInput);

/**
 * Choose a file, read what importing it would do (checked on the server, row by row), correct the columns if
 * needed, then import: the file is checked by the action's own schema in the browser first.
 */
export function ImportCompaniesForm({ clusterId }: { clusterId: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const read = (chosen: File | null, columns?: ColumnChoice) =>
    startTransition(async () => {
      setFormError(null);
      setFileError(null);
      setPreview(null);
      const input = { clusterId, file: chosen, columns };
      const checked = (await loadSchema()).safeParse(input);
      if (!checked.success) return setFileError(checked.error.issues[0]?.message ?? null);
      const result = await previewCompanyImportAction({ ...input, file: checked.data.file });
      if (!result.ok) return setFileError(result.fieldErrors?.file ?? result.error);
      setPreview(result.data);
    });

  const submit = () =>
    startTransition(async () => {
      if (!file || !preview) return;
      setFormError(null);
      const result = await importCompaniesAction({ clusterId, file, columns: preview.columns });
      if (!result.ok) return setFormError(result.error);
      const { enrolled, created } = result.data;
      router.push(`/clusters/${clusterId}/entreprises?${new URLSearchParams({ importees: `${enrolled}`, creees: `${created}` })}`);
      router.refresh();
    });

  const importable = preview ? preview.counts.new + preview.counts.known : 0;
  const ready = preview && !preview.missing.length && preview.counts.invalid === 0 && importable > 0;

  return (
    <div className="space-y-6">
      <div className={`max-w-3xl border-l-2 pl-3 ${fileError ? "border-marianne" : "border-transparent"}`}>
        <label htmlFor="import-file" className="block font-medium">
          Fichier CSV ou XLSX
        </label>
        <p id="import-file-hint" className="text-sm text-muted">
          La première ligne nomme les colonnes ; 800 Ko et 1 000 lignes au plus. Rien n'est enregistré avant que vous
          confirmiez l'import.
        </p>
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={fileError ? "import-file-hint import-file-error" : "import-file-hint"}
          aria-invalid={fileError ? true : undefined}
          className="mt-2 block w-full text-sm file:mr-4 file:rounded-sm file:border-0 file:bg-france-900 file:px-4 file:py-2 file:font-medium file:text-white"
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            read(chosen);
          }}
        />
        {fileError && (
          <p id="import-file-error" className="mt-2 text-sm font-medium text-marianne">
            {fileError}
          </p>
        )}
      </div>
      <div role="status" aria-live="polite" className="text-sm">
        {pending && !preview && "Lecture du fichier…"}
      </div>
      {preview && (
        <ImportPreviewView preview={preview} disabled={pending} onColumnsChange={(columns) => read(file, columns)} />
      )}
      {preview && (
        <div className="space-y-3">
          <FormAlert message={formError} />
          {preview.counts.invalid === 0 && !preview.missing.length && importable === 0 && (
            <Notice title="Rien à importer">
              Toutes les structures de ce fichier sont déjà dans le cluster : l'importer à nouveau ne changerait rien.
            </Notice>
          )}
          <div className="flex flex-wrap items-center gap-4">
            <Button onClick={submit} disabled={!ready || pending} aria-describedby={ready ? undefined : "import-blocked"}>
              {pending ? "Import…" : `Importer ${plural(importable, "structure")} avec leur binôme`}
            </Button>
            {(preview.counts.invalid > 0 || preview.missing.length > 0) && (
              <p id="import-blocked" className="text-sm">
                Corrigez le fichier (ou le choix des colonnes), puis choisissez-le à nouveau : rien n'est importé tant
                qu'une ligne est en erreur.
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
