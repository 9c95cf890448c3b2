import { attendanceRate, recordedCount, type AttendanceCounts } from "@/lib/sessions/rules";
import { formatNumber } from "@/lib/format/fr";

const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

/** "83 %", or "non renseigné" when nobody was recorded. */
export function formatRate(rate: number | null): string {
  return rate === null ? "non renseigné" : percent.format(rate);
}

/** "10 présent·es, 1 excusé·e, 1 absent·e". */
export function countsSentence(counts: AttendanceCounts): string {
  const part = (n: number, word: string) => `${formatNumber(n)} ${word}${n > 1 ? "s" : ""}`;
  return [part(counts.present, "présent·e"), part(counts.excused, "excusé·e"), part(counts.absent, "absent·e")].join(", ");
}

/** The rate in bold, then what it is made of. */
export function AttendanceSummary({ counts, expected }: { counts: AttendanceCounts; expected?: number }) {
  const recorded = recordedCount(counts);
  if (recorded === 0) return <span className="text-muted">Présences non saisies</span>;
  const missing = expected === undefined ? 0 : Math.max(0, expected - recorded);
  return (
    <span>
      <span className="font-bold">{formatRate(attendanceRate(counts))}</span>{" "}
      <span className="block text-xs text-muted">
        {countsSentence(counts)}
        {missing > 0 && ` ; ${formatNumber(missing)} non renseigné·e${missing > 1 ? "s" : ""}`}
      </span>
    </span>
  );
}
