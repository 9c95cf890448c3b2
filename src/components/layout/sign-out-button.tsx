"use client";

import { signOut } from "@/lib/auth/rest-client";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <Button variant="secondary" className="px-3 py-1 text-sm" onClick={() => void signOut("/connexion")}>
      Se déconnecter
    </Button>
  );
}
