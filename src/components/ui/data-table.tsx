"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { tableFeatures, useTable, type ColumnDef, type RowData } from "@tanstack/react-table";

// A table whose sorting happens on the server: headers are links that change ?sort=…&dir=… in the URL
// (and go back to page 1). TanStack Table lays out the columns and cells; the markup is ours.

export const features = tableFeatures({});

export type SortableColumn = { sortKey?: string; align?: "right" };

export function DataTable<TData extends RowData>({
  caption,
  columns,
  data,
  sort,
  empty,
}: {
  caption: string;
  columns: ColumnDef<typeof features, TData>[];
  data: TData[];
  sort: { by: string; dir: "asc" | "desc" };
  empty: string;
}) {
  const table = useTable({ features, columns, data });
  const pathname = usePathname();
  const searchParams = useSearchParams();

  const sortHref = (key: string) => {
    const params = new URLSearchParams(searchParams.toString());
    const dir = sort.by === key && sort.dir === "asc" ? "desc" : "asc";
    params.set("sort", key);
    params.set("dir", dir);
    params.delete("page");
    return `${pathname}?${params}`;
  };

  return (
    <div className="overflow-x-auto rounded-sm border border-line bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b-2 border-ink">
              {group.headers.map((header) => {
                const meta = (header.column.columnDef.meta ?? {}) as SortableColumn;
                const sorted = meta.sortKey && sort.by === meta.sortKey ? sort.dir : null;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}
                    className={`px-4 py-3 ${meta.align === "right" ? "text-right" : ""}`}
                  >
                    {meta.sortKey ? (
                      <Link href={sortHref(meta.sortKey)} className="text-ink">
                        <table.FlexRender header={header} />
                        <span aria-hidden="true"> {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                      </Link>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="border-b border-line last:border-0 hover:bg-france-50">
              {row.getAllCells().map((cell) => {
                const meta = (cell.column.columnDef.meta ?? {}) as SortableColumn;
                return (
                  <td key={cell.id} className={`px-4 py-3 align-top ${meta.align === "right" ? "text-right tabular-nums" : ""}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                );
              })}
            </tr>
          ))}
          {data.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="px-4 py-6 text-center text-muted">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
