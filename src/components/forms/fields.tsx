import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Labelled form fields with their hint and their French error message next to them, wired for screen
// readers (aria-describedby, aria-invalid). They take react-hook-form's register() props as they are.

type FieldProps = { label: string; hint?: ReactNode; error?: string; name: string; id?: string };

const control = "mt-2 w-full rounded-t-sm border-0 border-b-2 border-ink bg-[#eeeeee] px-3 py-2 text-base";

function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`border-l-2 pl-3 ${error ? "border-marianne" : "border-transparent"}`}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-2 text-sm font-medium text-marianne">
      {error}
    </p>
  );
}

export function TextField({
  label,
  hint,
  error,
  id,
  name,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const inputId = id ?? name;
  return (
    <Field id={inputId} label={label} hint={hint} error={error}>
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        className={control}
        {...input}
      />
    </Field>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  id,
  name,
  ...input
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const inputId = id ?? name;
  return (
    <Field id={inputId} label={label} hint={hint} error={error}>
      <textarea
        id={inputId}
        name={name}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        className={control}
        {...input}
      />
    </Field>
  );
}

/** An option of a select; options sharing a `group` are shown under that heading (an optgroup), in order. */
export type SelectOption = { value: string; label: string; group?: string };

const optionsOf = (options: readonly SelectOption[], group: string | undefined) =>
  options
    .filter((option) => option.group === group)
    .map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));

export function SelectField({
  label,
  hint,
  error,
  id,
  name,
  options,
  placeholder,
  ...select
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: readonly SelectOption[];
    placeholder?: string;
  }) {
  const inputId = id ?? name;
  const groups = [...new Set(options.map((option) => option.group))];
  return (
    <Field id={inputId} label={label} hint={hint} error={error}>
      <select
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        className={control}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {groups.map((group) =>
          group === undefined ? (
            optionsOf(options, group)
          ) : (
            <optgroup key={group} label={group}>
              {optionsOf(options, group)}
            </optgroup>
          ),
        )}
      </select>
    </Field>
  );
}

/** Checkboxes (several answers) or radios (one answer) sharing one name, in a fieldset with its legend. */
export function ChoiceGroup({
  legend,
  hint,
  error,
  name,
  type = "checkbox",
  options,
  inline = false,
  ...input
}: Omit<FieldProps, "label"> & {
  legend: string;
  type?: "checkbox" | "radio";
  inline?: boolean;
  options: readonly { value: string; label: string }[];
} & InputHTMLAttributes<HTMLInputElement>) {
  const groupId = `${name}-group`;
  return (
    <fieldset
      aria-describedby={describedBy(groupId, hint, error)}
      className={`border-l-2 pl-3 ${error ? "border-marianne" : "border-transparent"}`}
    >
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={`${groupId}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <div className={`mt-2 ${inline ? "flex flex-wrap gap-x-6 gap-y-2" : "space-y-2"}`}>
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2">
            <input type={type} name={name} value={option.value} className="mt-1 h-4 w-4 accent-france-900" {...input} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={groupId} error={error} />
    </fieldset>
  );
}
