import Link from "next/link";
import type { SideCompletion, TemplateCompletion } from "@/lib/diagnostics/cluster-view/queries";
import { PAIR_SIDE_LABELS } from "@/lib/clusters/labels";
import { formatDate, formatNumber, plural } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { diagnosticsPath } from "./my-diagnostics-list";
import { ResponseStateBadge } from "./response-state-badge";
import { ReopenResponseButton } from "./reopen-response-button";

function SideCell({ side, questionCount, canEdit }: { side: SideCompletion; questionCount: number; canEdit: boolean }) {
  return (
    <td className="p-3 align-top">
      {side.name && <span className="block">{side.name}</span>}
      <ResponseStateBadge state={side.state} />
      {side.state === "DRAFT" && (
        <span className="block text-muted">
          {formatNumber(side.answered)} question{side.answered > 1 ? "s" : ""} sur {formatNumber(questionCount)}
        </span>
      )}
      {side.submittedAt && <span className="block text-muted">le {formatDate(side.submittedAt)}</span>}
      {canEdit && side.state === "SUBMITTED" && side.responseId && side.version !== null && (
        <ReopenResponseButton responseId={side.responseId} version={side.version} who={side.name ?? PAIR_SIDE_LABELS[side.side]} />
      )}
    </td>
  );
}

/** Where each company's pair stands on one diagnostic: who submitted, who has a draft, who has not started. */
export function CompletionTable({ clusterId, completion, canEdit }: { clusterId: string; completion: TemplateCompletion; canEdit: boolean }) {
  const base = diagnosticsPath(clusterId, completion.templateId);
  const withOthers = completion.companies.some((company) => company.others !== null);
  return (
    <Table
      variant="plain"
      caption={<>Avancement par entreprise : {completion.title}</>}
      columns={[
        { label: "Entreprise" },
        { label: PAIR_SIDE_LABELS.DIRECTION },
        { label: PAIR_SIDE_LABELS.STAFF_REPRESENTATIVE },
        ...(withOthers ? [{ label: "Autres membres" }] : []),
        { label: "Comparaison" },
      ]}
    >
      <tbody>
        {completion.companies.map((company) => (
          <tr key={company.participationId} className="border-b border-line">
            <th scope="row" className="p-3 align-top">{company.companyName}</th>
            {company.sides.map((side) => (
              <SideCell key={side.side} side={side} questionCount={completion.questionCount} canEdit={canEdit} />
            ))}
            {withOthers && (
              <td className="p-3 align-top text-sm">
                {company.others?.seated
                  ? `${formatNumber(company.others.submitted)} réponse${company.others.submitted > 1 ? "s" : ""} envoyée${company.others.submitted > 1 ? "s" : ""} sur ${formatNumber(company.others.seated)}`
                  : "aucun"}
              </td>
            )}
            <td className="p-3 align-top">
              {company.comparisonReady ? (
                <Link href={`${base}/comparaison/${company.participationId}`}>
                  Voir la comparaison<span className="sr-only"> : {company.companyName}</span>
                </Link>
              ) : (
                <span className="text-muted">après les deux envois</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** "2 entreprises sur 5 ont envoyé leurs deux réponses." */
export function completionSummary(completion: TemplateCompletion): string {
  const both = completion.companies.filter((company) => company.comparisonReady).length;
  const total = formatNumber(completion.companies.length);
  return both > 1
    ? `${plural(both, "entreprise", "entreprises")} sur ${total} ont envoyé leurs deux réponses.`
    : `${plural(both, "entreprise")} sur ${total} a envoyé ses deux réponses.`;
}
