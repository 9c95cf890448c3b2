"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useRouter } from "next/navigation";
import type { SignInInput } from "@/lib/auth/sign-in-schemas";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { requestEmailLink } from "@/lib/auth/rest-client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/forms/fields";
import { useLazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Notice } from "@/components/ui/notice";

type DemoAccount = { email: string; name: string; description: string };

export function SignInForm({ callbackUrl, initialError, demoAccounts }: {
  callbackUrl: string;
  initialError: string | null;
  demoAccounts: DemoAccount[];
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  // zod comes after the page is interactive (see lazy-zod-resolver.ts); the sign-in route parses with the same schema.
  const resolver = useLazyZodResolver(() => import("@/lib/auth/sign-in-schemas").then((m) => m.SignInInput));
  const form = useForm<SignInInput>({ resolver, defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ email }) => {
    setError(null);
    const refused = await requestEmailLink(email, callbackUrl);
    if (refused) {
      setError(signInErrorMessage(refused));
      return;
    }
    router.push(`/connexion/verifier?email=${encodeURIComponent(email)}`);
  });

  return (
    <div className="space-y-8">
      {error && (
        <Notice tone="warning" role="alert" title="La connexion n'a pas abouti">
          {error}
        </Notice>
      )}
      <form onSubmit={submit} noValidate className="space-y-6">
        <TextField
          label="Adresse e-mail professionnelle"
          hint="Vous recevrez un lien de connexion, valable 10 minutes et utilisable une seule fois."
          type="email"
          autoComplete="email"
          error={errors.email?.message}
          {...form.register("email")}
        />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Envoi en cours…" : "Recevoir un lien de connexion"}
        </Button>
      </form>
      {demoAccounts.length > 0 && (
        <section aria-labelledby="comptes-demo" className="border-t border-line pt-6">
          <h2 id="comptes-demo" className="text-lg font-bold">
            Comptes de démonstration
          </h2>
          <p className="mt-1 text-sm text-muted">Choisissez un compte : son adresse est saisie pour vous.</p>
          <ul className="mt-4 space-y-2">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  className="w-full rounded-sm border border-line bg-white px-4 py-2 text-left hover:border-france-900 hover:bg-france-50"
                  onClick={() => form.setValue("email", account.email, { shouldValidate: true })}
                >
                  <span className="block font-medium">{account.name}</span>
                  <span className="block text-sm text-muted">
                    {account.description} · {account.email}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
