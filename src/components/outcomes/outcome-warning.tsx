import type { ReactNode } from "react";

/** A shortfall or a missing piece: an icon and words, never colour alone. */
export function OutcomeWarning({ children }: { children: ReactNode }) {
  return (
    <p className="mt-1 flex items-start gap-1 text-sm font-medium text-[#8d3300]">
      <span aria-hidden="true">⚠</span>
      <span>
        <span className="sr-only">Attention : </span>
        {children}
      </span>
    </p>
  );
}
