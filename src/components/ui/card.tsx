import type { ReactNode } from "react";

export function Card({ title, children, className = "", headingLevel = 2, action }: {
  title?: ReactNode;
  children: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
  action?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={`rounded-sm border border-line bg-white p-5 ${className}`}>
      {(title || action) && (
        <div className="mb-3 flex items-baseline justify-between gap-4">
          {title && <Heading className="text-lg font-bold text-ink">{title}</Heading>}
          {action}
        </div>
      )}
      {children}
    </section>
  );
}
