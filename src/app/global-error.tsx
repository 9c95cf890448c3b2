"use client";

import Link from "next/link";
import "./globals.css";

// When the layout itself fails (the database is down, for instance): a bare page, still in French.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="fr">
      <body className="font-sans">
        <main className="mx-auto max-w-xl space-y-6 px-4 py-16">
          <h1 className="text-3xl font-bold">Le service est momentanément indisponible</h1>
          <p className="text-lg">Réessayez dans quelques minutes.</p>
          {error.digest && <p className="text-sm text-muted">Référence : {error.digest}</p>}
          <p>
            <Link href="/">Revenir à l'accueil</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
