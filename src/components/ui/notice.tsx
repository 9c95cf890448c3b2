import type { ReactNode } from "react";

const tones = {
  info: "border-france-900 bg-france-50",
  success: "border-success bg-white",
  warning: "border-warning bg-warning-50",
} as const;

export function Notice({ tone = "info", title, children, role }: {
  tone?: keyof typeof tones;
  title?: string;
  children: ReactNode;
  role?: "status" | "alert";
}) {
  return (
    <div role={role} className={`border-l-4 px-4 py-3 ${tones[tone]}`}>
      {title && <p className="font-bold">{title}</p>}
      <div className="text-sm leading-relaxed">{children}</div>
    </div>
  );
}
