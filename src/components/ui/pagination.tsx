import Link from "next/link";

/** Previous / next links that keep the other URL parameters. */
export function Pagination({ page, pageCount, params, path }: {
  page: number;
  pageCount: number;
  params: Record<string, string | undefined>;
  path: string;
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
    if (target > 1) search.set("page", String(target));
    else search.delete("page");
    return `${path}?${search}`;
  };
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? <Link href={href(page - 1)}>← Page précédente</Link> : <span />}
      <span>
        Page {page} sur {pageCount}
      </span>
      {page < pageCount ? <Link href={href(page + 1)}>Page suivante →</Link> : <span />}
    </nav>
  );
}
