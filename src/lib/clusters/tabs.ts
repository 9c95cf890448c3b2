import type { Permission } from "@/lib/auth/policy";

/** The tabs of a cluster's page, each behind the permission its page checks. */
export const CLUSTER_TABS: { segment: string; label: string; permission: Permission }[] = [
  { segment: "", label: "Synthèse", permission: "cluster:read" },
  { segment: "entreprises", label: "Entreprises", permission: "cluster:follow" },
  { segment: "seances", label: "Séances collectives", permission: "session:read" },
  { segment: "appuis", label: "Appuis individuels", permission: "cluster:follow" },
  { segment: "diagnostics", label: "Diagnostics", permission: "diagnostic:read" },
  { segment: "plans", label: "Plans d'actions", permission: "action-plan:read" },
  { segment: "ressources", label: "Ressources", permission: "resource:read" },
  { segment: "resultats", label: "Résultats", permission: "cluster:follow" },
  { segment: "evaluation", label: "Évaluation", permission: "cluster:follow" },
];
