// Horizontal bars in plain HTML. The figure's caption says where the same figures are in text (the table
// that follows); the bars themselves are hidden from screen readers, which read the table.

export type Bar = { key: string; label: string; value: number; text: string };

export function BarChart({ id, caption, bars, note }: { id: string; caption: string; bars: Bar[]; note?: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure aria-labelledby={`${id}-caption`} className="mb-4">
      <figcaption id={`${id}-caption`} className="mb-3 text-sm text-muted">
        {caption}
      </figcaption>
      <div aria-hidden="true" className="space-y-2">
        {bars.map((bar) => (
          <div key={bar.key} className="flex items-center gap-3 text-sm">
            <span className="w-48 shrink-0 truncate" title={bar.label}>
              {bar.label}
            </span>
            <span className="h-4 flex-1 bg-gray-100">
              <span className="block h-4 bg-france-900" style={{ width: `${Math.max(1, (bar.value / max) * 100)}%` }} />
            </span>
            <span className="w-24 shrink-0 text-right tabular-nums">{bar.text}</span>
          </div>
        ))}
      </div>
      {note && <p className="mt-2 text-sm text-muted">{note}</p>}
    </figure>
  );
}
