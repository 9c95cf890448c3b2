"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { useLazyZodResolver, type SchemaLoader } from "./lazy-zod-resolver";

/**
 * A react-hook-form form validated by the same zod schema as its server action. The server's
 * field errors land next to their fields, its message above the form; nothing is lost from the inputs.
 *
 * The schema comes as a loader (`() => import("@/lib/clusters/schemas").then((m) => m.ClusterInput)`):
 * zod stays out of the page's first-load JavaScript and is fetched once the page is interactive, while
 * the browser still validates with the schema the server action parses.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>({
  schema,
  defaultValues,
  action,
  onSuccess,
}: {
  schema: SchemaLoader<S>;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.input<S>) => Promise<ActionResult<R>>;
  onSuccess?: (data: R) => void;
}) {
  const resolver = useLazyZodResolver(schema);
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver, defaultValues });
  const [formError, setFormError] = useState<string | null>(null);

  // The browser validates first; the server then parses the very values the user typed (not the
  // browser's parsed output: the schema's transforms, such as "4" → 4, run once, on each side).
  const submit = form.handleSubmit(async () => {
    setFormError(null);
    const result = await action(form.getValues());
    if (!result.ok) {
      setFormError(result.error);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as Path<z.input<S>>, { message });
      }
      return;
    }
    onSuccess?.(result.data);
  });

  /** The error message of a field, by its dotted path. */
  const errorOf = (field: string): string | undefined => {
    const value = field
      .split(".")
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], form.formState.errors);
    return (value as { message?: string } | undefined)?.message;
  };

  return { form, submit, formError, errorOf, register: form.register, submitting: form.formState.isSubmitting };
}
