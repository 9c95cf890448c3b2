"use client";

import { signInWithProvider } from "@/lib/auth/rest-client";
import { Button } from "@/components/ui/button";

export function OidcSignInButton({ name, callbackUrl }: { name: string; callbackUrl: string }) {
  return (
    <Button type="button" className="w-full" onClick={() => void signInWithProvider("oidc", callbackUrl)}>
      S'identifier avec {name}
    </Button>
  );
}
