import type { ReactNode } from "react";

/** A titled part of a long form: a fieldset whose legend names the section for screen readers too. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-5 rounded-sm border border-line bg-white p-5">
      <legend className="px-1 text-lg font-bold">{title}</legend>
      {children}
    </fieldset>
  );
}
