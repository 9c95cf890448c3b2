import type { ReactNode } from "react";

export function PageHeader({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-3xl font-bold text-ink">{title}</h1>
        {lead && <p className="mt-2 max-w-3xl text-lg text-muted">{lead}</p>}
      </div>
      {children}
    </div>
  );
}
