import Link from "next/link";
import type { Scope } from "@/lib/auth/scope";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { navigationFor } from "@/lib/auth/navigation";
import { SignOutButton } from "./sign-out-button";
import { NavLinks } from "./nav-links";

export function SiteHeader({ scope }: { scope: Scope | null }) {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="flex items-center gap-3 text-ink no-underline">
          <span aria-hidden="true" className="flex h-10 w-10 items-center justify-center bg-france-900 font-bold text-white">
            A
          </span>
          <span>
            <span className="block text-lg font-bold leading-tight">Clusters Anact-Aract</span>
            <span className="block text-sm text-muted">Actions collectives pour l'amélioration des conditions de travail</span>
          </span>
        </Link>
        {scope && (
          <div className="flex items-center gap-4 text-sm">
            <p className="text-right">
              <span className="block font-bold">{scope.name}</span>
              <span className="block text-muted">
                {ROLE_LABELS[scope.role]}
                {scope.aractName ? ` · ${scope.aractName}` : ""}
              </span>
            </p>
            <SignOutButton />
          </div>
        )}
      </div>
      {scope && (
        <nav aria-label="Navigation principale" className="border-t border-line">
          <NavLinks items={navigationFor(scope.role)} />
        </nav>
      )}
    </header>
  );
}
