import Link from "next/link";
import type { MyDiagnostic } from "@/lib/diagnostics/queries";
import { ResponseStateBadge } from "./response-state-badge";
import { progressSentence } from "./progress-text";
import { diagnosticsPath } from "./my-diagnostics-list";

const ACTION = { NOT_STARTED: "Remplir", DRAFT: "Reprendre", SUBMITTED: "Voir ma réponse" } as const;

/** A pair member's diagnostics in one cluster, for their home page: where they stand and the link to go on. */
export function CompanyDiagnosticsProgress({ clusterId, diagnostics }: { clusterId: string; diagnostics: MyDiagnostic[] }) {
  if (diagnostics.length === 0) return <p className="mt-2 text-sm">Aucun diagnostic à remplir pour l'instant.</p>;
  return (
    <ul className="mt-2 space-y-3">
      {diagnostics.map((diagnostic) => {
        const base = diagnosticsPath(clusterId, diagnostic.templateId);
        return (
          <li key={diagnostic.templateId} className="text-sm">
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{diagnostic.title}</span>
              <ResponseStateBadge state={diagnostic.mine.state} />
            </span>
            {diagnostic.mine.state !== "SUBMITTED" && <span className="block text-muted">{progressSentence(diagnostic.mine.progress)}</span>}
            <span className="mt-1 flex flex-wrap gap-4">
              <Link href={`${base}/repondre`}>
                {ACTION[diagnostic.mine.state]}
                <span className="sr-only"> : {diagnostic.title}</span>
              </Link>
              {diagnostic.comparisonReady && (
                <Link href={`${base}/comparaison/${diagnostic.participationId}`}>
                  Voir la comparaison<span className="sr-only"> : {diagnostic.title}</span>
                </Link>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
