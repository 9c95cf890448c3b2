import { authorize } from "@/lib/auth/scope";
import { loadPersonalData, ownDataSubject } from "@/lib/personal-data/queries";
import { recordPersonalDataExport } from "@/lib/personal-data/mutations";
import { personalDataResponse, readFormat, textResponse } from "@/lib/personal-data/download";

/** GET /compte/donnees?format=json|xlsx: the signed-in person's own data (RGPD art. 15 and 20), audited. */
export async function GET(request: Request) {
  const scope = await authorize("personal-data:own");
  if (!scope) return textResponse(404, "Introuvable");
  const format = readFormat(request);
  if (format instanceof Response) return format;
  const subject = await ownDataSubject(scope);
  const data = await loadPersonalData(scope, subject);
  await recordPersonalDataExport(scope, subject, format);
  return personalDataResponse(data, format);
}
