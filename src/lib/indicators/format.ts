import type { IndicatorKind } from "./fields";

// The indicators in French: a value as it reads ("6,5 %", "88 / 100"), a change with its sign and unit.

const oneDecimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const signedOne = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1, signDisplay: "exceptZero" });

export function formatIndicator(kind: IndicatorKind, value: number | undefined): string {
  if (value === undefined) return "—";
  if (kind === "percent") return `${oneDecimal.format(value)} %`;
  if (kind === "rate") return twoDecimals.format(value);
  if (kind === "index") return `${oneDecimal.format(value)} / 100`;
  return oneDecimal.format(value);
}

/** "−1,5 point", "+3", "stable". */
export function formatChange(kind: IndicatorKind, change: number | null): string {
  if (change === null) return "—";
  if (change === 0) return "stable";
  const text = signedOne.format(change);
  if (kind === "percent" || kind === "index") return `${text} ${Math.abs(change) >= 2 ? "points" : "point"}`;
  return text;
}
