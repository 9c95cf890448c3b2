import type { ReactNode } from "react";

const tones = {
  neutral: "bg-gray-200 text-ink",
  info: "bg-france-100 text-france-950",
  success: "bg-success-50 text-[#0d5c2d]",
  warning: "bg-warning-50 text-[#8d3300]",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <span className={`inline-block rounded-sm px-2 py-0.5 text-xs font-bold uppercase tracking-wide ${tones[tone]}`}>
      {children}
    </span>
  );
}
