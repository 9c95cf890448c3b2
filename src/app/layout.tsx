import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { getScope } from "@/lib/auth/scope";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { SessionKeeper } from "@/components/layout/session-keeper";

export const metadata: Metadata = {
  title: { default: "Clusters Anact-Aract", template: "%s · Clusters Anact-Aract" },
  description: "La plateforme des actions collectives du réseau Anact-Aract.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const scope = await getScope();
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#contenu"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          Aller au contenu
        </a>
        <SiteHeader scope={scope} />
        <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        {scope && <SessionKeeper />}
      </body>
    </html>
  );
}
