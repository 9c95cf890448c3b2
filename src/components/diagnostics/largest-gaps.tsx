import type { Comparison } from "@/lib/diagnostics/comparison";
import { LARGE_GAP } from "@/lib/diagnostics/comparison";
import { PAIR_SIDE_LABELS } from "@/lib/clusters/labels";
import { GapText } from "./gap-text";

/** The scale questions where the two views are furthest apart, largest first. */
export function LargestGaps({ gaps }: { gaps: Comparison["largestGaps"] }) {
  return (
    <section aria-labelledby="plus-grands-ecarts" className="rounded-sm border-l-4 border-france-900 bg-white p-5">
      <h3 id="plus-grands-ecarts" className="text-xl font-bold">
        Les plus grands écarts
      </h3>
      {gaps.length === 0 ? (
        <p className="mt-2">
          Aucune question à échelle ne montre un écart de {LARGE_GAP} points ou plus : les deux regards se rejoignent. Les
          différences éventuelles sur les autres questions figurent dans les tableaux ci-dessous.
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">
            Questions notées de 1 à 5 où les deux réponses s'écartent de {LARGE_GAP} points ou plus, du plus grand écart au plus
            petit : autant de sujets pour ouvrir le dialogue.
          </p>
          <ol className="mt-3 list-decimal space-y-3 pl-6">
            {gaps.map((row) => (
              <li key={row.questionId}>
                <GapText row={row} /> — {row.label} <span className="text-muted">({row.sectionTitle})</span>
                <span className="block text-sm">
                  {PAIR_SIDE_LABELS.DIRECTION} : « {row.directionText} » · {PAIR_SIDE_LABELS.STAFF_REPRESENTATIVE} : « {row.staffText} »
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
