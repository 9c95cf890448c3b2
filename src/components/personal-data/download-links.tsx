/** The two downloads of a person's data: plain links, since the route answers a file, not a page. */
const LINK =
  "inline-flex items-center justify-center gap-2 rounded-sm border border-france-900 bg-white px-4 py-2 text-base font-medium text-france-900 no-underline hover:bg-france-50";

export function PersonalDataDownloads({ href, whose }: { href: string; whose: string }) {
  return (
    <ul className="flex flex-wrap gap-3" aria-label={`Télécharger ${whose}`}>
      <li>
        <a href={`${href}?format=xlsx`} download className={LINK}>
          <span aria-hidden="true">⤓</span>
          Tableur (XLSX)<span className="sr-only"> : {whose}</span>
        </a>
      </li>
      <li>
        <a href={`${href}?format=json`} download className={LINK}>
          <span aria-hidden="true">⤓</span>
          Fichier JSON<span className="sr-only"> : {whose}</span>
        </a>
      </li>
    </ul>
  );
}
