import { formatDays, plural } from "@/lib/format/fr";

/** What a structure commits to by joining a cluster, in the domain's words. */
export function WhatTakingPartInvolves({ sessions, supportDays }: { sessions?: number; supportDays?: number }) {
  return (
    <section aria-labelledby="engagement" className="space-y-3">
      <h2 id="engagement" className="text-xl font-bold">
        Ce que la participation implique
      </h2>
      <ul className="max-w-3xl list-disc space-y-2 pl-5 leading-relaxed">
        <li>
          Un <strong>binôme</strong> représente la structure tout au long de l'action : une personne de la direction et
          une représentante ou un représentant du personnel, qui travaillent ensemble.
        </li>
        <li>
          Des <strong>séances collectives</strong> avec les autres structures du cluster
          {sessions ? ` (${plural(sessions, "séance prévue", "séances prévues")})` : ""}, animées par l'Aract.
        </li>
        <li>
          Des <strong>journées d'appui</strong> dans votre structure
          {supportDays ? ` (${formatDays(supportDays)} par structure)` : ""}, pour avancer sur votre propre projet.
        </li>
        <li>
          Un <strong>diagnostic en ligne</strong>, rempli séparément par chaque membre du binôme, dont les deux regards
          sont comparés.
        </li>
        <li>
          À la fin, un <strong>accord</strong> négocié ou un <strong>plan d'actions</strong>, et un bilan de ce qui a
          changé.
        </li>
      </ul>
    </section>
  );
}
