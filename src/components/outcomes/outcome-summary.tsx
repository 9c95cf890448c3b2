/** The cluster's outcomes in one sentence, as the national reports quote it. */
export function OutcomeSummary({ summary }: { summary: string }) {
  return (
    <section aria-labelledby="outcome-summary" className="border-l-4 border-france-900 bg-france-50 px-4 py-3">
      <h3 id="outcome-summary" className="text-sm font-bold uppercase tracking-wide text-muted">
        Bilan des résultats
      </h3>
      <p className="mt-1 text-xl font-bold">{summary.charAt(0).toUpperCase() + summary.slice(1)}</p>
    </section>
  );
}
