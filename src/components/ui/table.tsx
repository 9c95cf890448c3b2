import type { ReactNode } from "react";

// The plain tables of the app: a scrolling wrapper, the <table>, its caption and a header row of
// `scope="col"` cells. The body (and any footer) stays with each table. Three looks are in use:
// - "compact": no frame, tight cells (py-2 pr-4), caption shown as a heading;
// - "boxed": white framed box, roomy cells (px-4 py-3), caption hidden by default;
// - "plain": white, unframed, p-3 cells, caption shown in bold.
// (Server-side sorted tables use DataTable instead.)

export type TableVariant = "compact" | "boxed" | "plain";

const STYLES: Record<
  TableVariant,
  { wrapper: string; table: string; caption: string; thead?: string; headRow?: string; cell: string; flushCell: string }
> = {
  compact: {
    wrapper: "overflow-x-auto",
    table: "w-full border-collapse text-sm",
    caption: "mb-2 text-left text-lg font-bold",
    headRow: "border-b-2 border-ink text-left",
    cell: "py-2 pr-4",
    flushCell: "py-2",
  },
  boxed: {
    wrapper: "overflow-x-auto rounded-sm border border-line bg-white",
    table: "w-full text-left text-sm",
    caption: "sr-only",
    headRow: "border-b-2 border-ink",
    cell: "px-4 py-3",
    flushCell: "px-4 py-3",
  },
  plain: {
    wrapper: "overflow-x-auto",
    table: "w-full border-collapse bg-white text-left text-sm",
    caption: "mb-2 text-left font-bold text-ink",
    thead: "border-b-2 border-ink",
    cell: "p-3",
    flushCell: "p-3",
  },
};

export type TableColumn = {
  label: ReactNode;
  align?: "right";
  /** The label is for screen readers only (a column of actions or checkboxes). */
  srOnly?: boolean;
  /** No trailing padding (compact tables only: their last column). */
  flush?: boolean;
};

/** A column, or a falsy value for one not shown this time (`canEdit && { label: "Actions" }`). */
type MaybeColumn = TableColumn | null | false | undefined;

/** The header row; falsy entries are skipped. */
export function TableHead({ columns, variant = "compact" }: { columns: MaybeColumn[]; variant?: TableVariant }) {
  const style = STYLES[variant];
  return (
    <thead className={style.thead}>
      <tr className={style.headRow}>
        {columns.map((column, index) => {
          if (!column) return null;
          const cell = column.flush ? style.flushCell : style.cell;
          return (
            <th key={index} scope="col" className={column.align === "right" ? `${cell} text-right` : cell}>
              {column.srOnly ? <span className="sr-only">{column.label}</span> : column.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/**
 * A captioned table in its scrolling wrapper. With `columns`, the header row is rendered too;
 * `children` are the <tbody> (and <tfoot>). `captionClassName` replaces the variant's caption style.
 */
export function Table({
  caption,
  captionClassName,
  columns,
  variant = "compact",
  className,
  children,
}: {
  caption: ReactNode;
  captionClassName?: string;
  columns?: MaybeColumn[];
  variant?: TableVariant;
  className?: string;
  children: ReactNode;
}) {
  const style = STYLES[variant];
  return (
    <div className={className ? `${style.wrapper} ${className}` : style.wrapper}>
      <table className={style.table}>
        <caption className={captionClassName ?? style.caption}>{caption}</caption>
        {columns && <TableHead columns={columns} variant={variant} />}
        {children}
      </table>
    </div>
  );
}
