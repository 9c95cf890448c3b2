"use client";

import { useEffect, useState } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

// zod, its locales and its resolver weigh about 90 kB gzipped, more than the rest of a form page's first
// load: a form's page comes without them, and they are loaded once the page is interactive. The browser
// still validates with the very schema its server action parses: the loader imports it from the domain's
// schemas.ts, which the action imports too.

type Schema = z.ZodType<FieldValues, FieldValues>;

/** A form's schema, imported on demand: `() => import("@/lib/clusters/schemas").then((m) => m.ClusterInput)`. */
export type SchemaLoader<S extends Schema> = () => Promise<S>;

export type SchemaResolver<S extends Schema> = Resolver<z.input<S>, unknown, z.output<S>>;

/**
 * react-hook-form's zod resolver for a schema loaded on demand. The schema and the resolver are loaded
 * once, at the first `preload` or validation; a failed load (network, new deployment) is not kept, so
 * the next submit tries again.
 */
export function lazyZodResolver<S extends Schema>(load: SchemaLoader<S>) {
  let loading: Promise<SchemaResolver<S>> | undefined;
  const ready = () => {
    if (!loading) {
      const attempt = Promise.all([load(), import("@hookform/resolvers/zod")]).then(
        ([schema, { zodResolver }]) => zodResolver(schema as never) as unknown as SchemaResolver<S>,
      );
      loading = attempt;
      attempt.catch(() => {
        if (loading === attempt) loading = undefined;
      });
    }
    return loading;
  };
  const resolver: SchemaResolver<S> = async (values, context, options) => (await ready())(values, context, options);
  return {
    resolver,
    /** Starts loading; a failure is left to the validation that needs it. */
    preload: () => void ready().catch(() => undefined),
  };
}

/**
 * The lazy resolver of one form, whose loading starts when the browser is idle after the page is shown,
 * so that the first submit normally finds it ready.
 */
export function useLazyZodResolver<S extends Schema>(load: SchemaLoader<S>): SchemaResolver<S> {
  // Read once: each render passes a new arrow function for the same schema.
  const [{ resolver, preload }] = useState(() => lazyZodResolver(load));
  useEffect(() => {
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(preload, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    // Safari has no requestIdleCallback.
    const id = window.setTimeout(preload, 200);
    return () => window.clearTimeout(id);
  }, [preload]);
  return resolver;
}
