"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function ClusterTabs({ clusterId, tabs }: { clusterId: string; tabs: { segment: string; label: string }[] }) {
  const pathname = usePathname();
  const base = `/clusters/${clusterId}`;
  return (
    <nav aria-label="Rubriques du cluster" className="mb-8 border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const href = tab.segment ? `${base}/${tab.segment}` : base;
          const current = tab.segment ? pathname.startsWith(href) : pathname === base;
          return (
            <li key={tab.segment}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`block border-b-2 px-3 py-2 text-sm font-medium no-underline ${
                  current ? "border-france-900 bg-white text-france-900" : "border-transparent text-ink hover:bg-france-50"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
