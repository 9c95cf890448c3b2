import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; error?: string; name: string };

/** A labelled input with its hint and its French error message next to it, wired for screen readers. */
export function TextField({ label, hint, error, id, name, ...input }: Props) {
  const inputId = id ?? name;
  const describedBy = [hint && `${inputId}-hint`, error && `${inputId}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`border-l-2 pl-3 ${error ? "border-marianne" : "border-transparent"}`}>
      <label htmlFor={inputId} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${inputId}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-2 w-full rounded-t-sm border-0 border-b-2 border-ink bg-[#eeeeee] px-3 py-2 text-base"
        {...input}
      />
      {error && (
        <p id={`${inputId}-error`} className="mt-2 text-sm font-medium text-marianne">
          {error}
        </p>
      )}
    </div>
  );
}
