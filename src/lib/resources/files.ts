import { fileTypeFromBuffer } from "file-type";
import { formatNumber } from "@/lib/format/fr";

// The files a resource may carry, checked by their content (file-type reads the magic numbers, and the
// parts of an Office Open XML package), never by their name alone: a file whose content is not what its
// name says is refused.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const ACCEPTED_FILES = [
  { ext: "pdf", mime: "application/pdf", of: "d'un PDF" },
  { ext: "docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", of: "d'un document Word (.docx)" },
  { ext: "xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", of: "d'un classeur Excel (.xlsx)" },
  { ext: "pptx", mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", of: "d'une présentation PowerPoint (.pptx)" },
  { ext: "png", mime: "image/png", of: "d'une image PNG" },
  { ext: "jpg", mime: "image/jpeg", of: "d'une image JPEG" },
  { ext: "jpeg", mime: "image/jpeg", of: "d'une image JPEG" },
  { ext: "webp", mime: "image/webp", of: "d'une image WebP" },
] as const;

export const ACCEPT_ATTRIBUTE = ACCEPTED_FILES.map((f) => `.${f.ext}`).join(",");

export const FILE_MESSAGES = {
  missing: "Choisissez un fichier.",
  empty: "Ce fichier est vide.",
  tooLarge: `Ce fichier dépasse ${formatNumber(MAX_FILE_BYTES / 1024 / 1024)} Mo.`,
  kind: "Choisissez un PDF, un document Word, un classeur Excel, une présentation PowerPoint (formats récents) ou une image PNG, JPEG ou WebP.",
} as const;

const extensionOf = (name: string) => name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";

/** The accepted type a file's name announces, or null. */
export function declaredType(name: string) {
  return ACCEPTED_FILES.find((f) => f.ext === extensionOf(name)) ?? null;
}

/**
 * The checked type of a file: the one its name announces, when its content is of that type. Otherwise the
 * French reason it is refused.
 */
export async function checkFile(name: string, bytes: Uint8Array): Promise<{ mime: string } | { problem: string }> {
  if (bytes.byteLength === 0) return { problem: FILE_MESSAGES.empty };
  if (bytes.byteLength > MAX_FILE_BYTES) return { problem: FILE_MESSAGES.tooLarge };
  const declared = declaredType(name);
  if (!declared) return { problem: FILE_MESSAGES.kind };
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime !== declared.mime) {
    return { problem: `Le contenu de ce fichier n'est pas celui ${declared.of}, comme son nom l'annonce : il n'est pas enregistré.` };
  }
  return { mime: declared.mime };
}

/** A size in French: « 240 Ko », « 3,2 Mo ». */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} Ko`;
  return `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} Mo`;
}
