import { authorize } from "@/lib/auth/scope";
import { isAractScope } from "@/lib/actions/server";
import { loadPersonalData } from "@/lib/personal-data/queries";
import { getPersonRecord } from "@/lib/personal-data/people/queries";
import { recordPersonalDataExport } from "@/lib/personal-data/mutations";
import { personalDataResponse, readFormat, textResponse } from "@/lib/personal-data/download";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /administration/personnes/[id]/donnees?format=json|xlsx: a person's data, produced by the Aract
 * administrator on the person's request; only what belongs to the Aract; audited with the administrator
 * as actor. Another Aract's person answers 404.
 */
export async function GET(request: Request, { params }: Context) {
  const scope = await authorize("personal-data:manage");
  if (!scope || !isAractScope(scope)) return textResponse(404, "Introuvable");
  const format = readFormat(request);
  if (format instanceof Response) return format;
  const record = await getPersonRecord(scope, (await params).id);
  if (!record) return textResponse(404, "Introuvable");
  const data = await loadPersonalData(scope, record.subject);
  await recordPersonalDataExport(scope, record.subject, format);
  return personalDataResponse(data, format);
}
