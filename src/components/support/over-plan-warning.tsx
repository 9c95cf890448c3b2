import type { ReactNode } from "react";

/** A warning that does not rely on colour: an icon and a word say it too. */
export function OverPlanWarning({ children }: { children: ReactNode }) {
  return (
    <span className="inline-flex items-start gap-1 font-medium text-[#8d3300]">
      <span aria-hidden="true">⚠</span>
      <span>
        <span className="sr-only">Attention : </span>
        {children}
      </span>
    </span>
  );
}
