"use client";

import { Button } from "@/components/ui/button";

// Through next-auth's documented REST API (GET /api/auth/csrf, then POST /api/auth/signout), what
// next-auth/react's signOut() does: every page's layout then carries none of next-auth's client code.
async function signOut(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  window.location.href = url ?? callbackUrl;
}

export function SignOutButton() {
  return (
    <Button variant="secondary" className="px-3 py-1 text-sm" onClick={() => void signOut("/connexion")}>
      Se déconnecter
    </Button>
  );
}
