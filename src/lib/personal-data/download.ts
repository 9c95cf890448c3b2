import { todayInFrance } from "@/lib/dates/day";
import { PERSONAL_DATA_CONTENT_TYPES, personalDataFile, personalDataFilename } from "./export-files";
import { PersonalDataRequest, type PersonalDataFormat } from "./schemas";
import type { PersonalData } from "./types";

// What the two download routes share: reading ?format=, and answering with the file.

export const textResponse = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The asked format, or the 400 answer saying which ones exist. */
export function readFormat(request: Request): PersonalDataFormat | Response {
  const parsed = PersonalDataRequest.safeParse({ format: new URL(request.url).searchParams.get("format") ?? "json" });
  return parsed.success ? parsed.data.format : textResponse(400, parsed.error.issues[0]!.message);
}

export async function personalDataResponse(data: PersonalData, format: PersonalDataFormat): Promise<Response> {
  const body = await personalDataFile(data, format);
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": PERSONAL_DATA_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${personalDataFilename(format, todayInFrance())}"`,
      // Personal data: never kept by a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}
