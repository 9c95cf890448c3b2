import Link from "next/link";

const VIEWS = [
  { key: "list", label: "Liste", path: "" },
  { key: "calendar", label: "Calendrier", path: "/calendrier" },
] as const;

/** Switches between the list and the month calendar of the sessions. */
export function SessionViewsNav({ clusterId, current }: { clusterId: string; current: (typeof VIEWS)[number]["key"] }) {
  return (
    <nav aria-label="Affichage des séances">
      <ul className="flex gap-1 rounded-sm border border-line bg-white p-1 text-sm">
        {VIEWS.map((view) => (
          <li key={view.key}>
            <Link
              href={`/clusters/${clusterId}/seances${view.path}`}
              aria-current={view.key === current ? "page" : undefined}
              className={`block rounded-sm px-3 py-1.5 font-medium no-underline ${
                view.key === current ? "bg-france-900 text-white" : "text-france-900 hover:bg-france-50"
              }`}
            >
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The .ics download: a plain link, since the browser downloads the file rather than navigating. */
export function IcsLink({ clusterId }: { clusterId: string }) {
  return (
    <a href={`/clusters/${clusterId}/seances/calendrier.ics`} download className="text-sm font-medium">
      Ajouter à mon agenda (.ics)
    </a>
  );
}
