import { PAIR_SIDE_LABELS } from "@/lib/clusters/labels";

// A chart of the two views, in plain HTML: one bar per side, solid for the direction and hatched for
// the staff representative, each named and followed by its value in words. The figure's caption says
// where the same figures are in text: the table that follows it (the chart itself is hidden from
// screen readers, which read the table).

export type PairBarRow = {
  key: string;
  label: string;
  max: number;
  direction: number | null;
  staff: number | null;
  directionText: string;
  staffText: string;
};

const HATCHED = { backgroundImage: "repeating-linear-gradient(45deg, #000091 0 3px, #ffffff 3px 6px)" };

function Bar({ who, value, max, text, hatched }: { who: string; value: number | null; max: number; text: string; hatched?: boolean }) {
  const width = value === null ? 0 : Math.max(2, Math.min(100, (value / max) * 100));
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="w-44 shrink-0">{who}</span>
      <span className="h-4 flex-1 bg-gray-100">
        {value !== null && (
          <span className="block h-4 border border-france-900 bg-france-900" style={{ width: `${width}%`, ...(hatched ? HATCHED : {}) }} />
        )}
      </span>
      <span className="w-40 shrink-0">{text}</span>
    </div>
  );
}

export function PairBars({ id, caption, rows }: { id: string; caption: string; rows: PairBarRow[] }) {
  return (
    <figure aria-labelledby={`${id}-caption`} className="rounded-sm border border-line bg-white p-4">
      <figcaption id={`${id}-caption`} className="mb-3 text-sm text-muted">
        {caption}
      </figcaption>
      <div aria-hidden="true" className="space-y-4">
        <p className="flex flex-wrap gap-6 text-sm">
          <span className="flex items-center gap-2">
            <span className="inline-block h-3 w-6 border border-france-900 bg-france-900" /> {PAIR_SIDE_LABELS.DIRECTION} : barre pleine
          </span>
          <span className="flex items-center gap-2">
            <span className="inline-block h-3 w-6 border border-france-900" style={HATCHED} /> {PAIR_SIDE_LABELS.STAFF_REPRESENTATIVE} : barre hachurée
          </span>
        </p>
        {rows.map((row) => (
          <div key={row.key} className="space-y-1">
            <p className="text-sm font-medium">{row.label}</p>
            <Bar who={PAIR_SIDE_LABELS.DIRECTION} value={row.direction} max={row.max} text={row.directionText} />
            <Bar who={PAIR_SIDE_LABELS.STAFF_REPRESENTATIVE} value={row.staff} max={row.max} text={row.staffText} hatched />
          </div>
        ))}
      </div>
    </figure>
  );
}
