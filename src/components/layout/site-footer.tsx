import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-2 border-france-900 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          Réseau Anact-Aract · Agence nationale et associations régionales pour l'amélioration des conditions de
          travail
        </p>
        <p className="mt-1">Données personnelles traitées selon le RGPD : accès limité, traçabilité des modifications.</p>
        <p className="mt-1">
          <Link href="/donnees-personnelles">Données personnelles</Link>
          {" · "}
          <Link href="/accessibilite">Accessibilité : partiellement conforme</Link>
        </p>
      </div>
    </footer>
  );
}
