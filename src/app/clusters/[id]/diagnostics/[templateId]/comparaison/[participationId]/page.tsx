import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getPairComparison } from "@/lib/diagnostics/pair-comparison/queries";
import { compareResponses, viewsSideBySide } from "@/lib/diagnostics/comparison";
import { PAIR_SIDE_LABELS } from "@/lib/clusters/labels";
import { formatDate } from "@/lib/format/fr";
import { Notice } from "@/components/ui/notice";
import { ComparisonView } from "@/components/diagnostics/comparison-view";
import { FurtherViews } from "@/components/diagnostics/further-views";
import { ResponseStateBadge } from "@/components/diagnostics/response-state-badge";

export const metadata: Metadata = { title: "Comparaison des deux regards" };

type Props = { params: Promise<{ id: string; templateId: string; participationId: string }> };

/** One pair's two views side by side: for the pair itself and the Aract (company members: their own company only). */
export default async function PairComparisonPage({ params }: Props) {
  const { scope, cluster } = await requireClusterPage(params, "diagnostic:read");
  const { templateId, participationId } = await params;
  const pair = await getPairComparison(scope, cluster.id, templateId, participationId);
  if (!pair) notFound();
  const sides = [pair.sides.DIRECTION, pair.sides.STAFF_REPRESENTATIVE];
  const submittedFurther = pair.further.filter((view) => view.answers !== null);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/clusters/${cluster.id}/diagnostics`}>← Tous les diagnostics</Link>
      </p>
      <h2 className="text-2xl font-bold">Comparaison des deux regards</h2>
      <p className="mt-2 text-lg">
        {pair.template.title} · {pair.companyName}
      </p>
      <dl className="my-6 grid gap-4 sm:grid-cols-2">
        {sides.map((side) => (
          <div key={side.side} className="rounded-sm border border-line bg-white p-4">
            <dt className="text-sm text-muted">{PAIR_SIDE_LABELS[side.side]}</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-2">
              <span className="font-medium">{side.name ?? "Siège vacant"}</span>
              <ResponseStateBadge state={side.state} />
              {side.submittedAt && <span className="text-sm text-muted">le {formatDate(side.submittedAt)}</span>}
            </dd>
          </div>
        ))}
        {pair.further.map((view) => (
          <div key={view.id} className="rounded-sm border border-line bg-white p-4">
            <dt className="text-sm text-muted">{view.label}</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-2">
              <span className="font-medium">{view.name}</span>
              <ResponseStateBadge state={view.state} />
              {view.submittedAt && <span className="text-sm text-muted">le {formatDate(view.submittedAt)}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {pair.answers ? (
        <div className="space-y-10">
          <ComparisonView comparison={compareResponses(pair.sections, pair.answers.DIRECTION, pair.answers.STAFF_REPRESENTATIVE)} />
          {submittedFurther.length > 0 && (
            <FurtherViews
              labels={[PAIR_SIDE_LABELS.DIRECTION, PAIR_SIDE_LABELS.STAFF_REPRESENTATIVE, ...submittedFurther.map((view) => `${view.label} (${view.name})`)]}
              sections={viewsSideBySide(pair.sections, [
                { label: PAIR_SIDE_LABELS.DIRECTION, answers: pair.answers.DIRECTION },
                { label: PAIR_SIDE_LABELS.STAFF_REPRESENTATIVE, answers: pair.answers.STAFF_REPRESENTATIVE },
                ...submittedFurther.map((view) => ({ label: view.label, answers: view.answers! })),
              ])}
            />
          )}
        </div>
      ) : (
        <Notice title="La comparaison n'est pas encore disponible">
          Elle s'affiche quand les deux membres du binôme ont envoyé leur réponse : jusque-là, chaque réponse reste privée, pour
          que l'un des regards n'influence pas l'autre.
        </Notice>
      )}
    </>
  );
}
