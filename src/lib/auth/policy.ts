// The authorization policy: one readable table, permission → roles that hold it. Deny by default:
// a permission not listed here, or a role not listed for it, is refused. The tests read this table.
// Scoping (which Aract, which company) is applied on top of it by the queries (see ./where.ts).

export const ROLES = ["NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"] as const;
export type Role = (typeof ROLES)[number];

export const POLICY = {
  // Home page, own account.
  "home:read": ["NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  // Network-wide figures: every Aract.
  "network:read": ["NATIONAL"],
  // Reports: the national team reads the network's figures, an Aract's people their own Aract's.
  "report:read": ["NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION"],
  // Clusters, companies and sessions, read within the caller's scope.
  "cluster:read": ["NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  "company:read": ["NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  "session:read": ["NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  // A cluster's working tabs (companies, support, outcomes, evaluation, exports): staff and national team.
  "cluster:follow": ["NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION"],
  // Running clusters: only the Aract's own people.
  "cluster:write": ["ARACT_ADMIN", "CHARGE_DE_MISSION"],
  "company:write": ["ARACT_ADMIN", "CHARGE_DE_MISSION"],
  "session:write": ["ARACT_ADMIN", "CHARGE_DE_MISSION"],
  // Diagnostics: each pair member answers their own; the pair and the Aract read the comparison
  // (company members within their own company only, applied by the queries).
  "diagnostic:answer": ["COMPANY_MEMBER"],
  "diagnostic:read": ["NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  // Action plans are built together by the pair and the chargé·e de mission.
  "action-plan:read": ["NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  "action-plan:write": ["ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  // Diagnostic templates (theme packs): read by the network, versions published by the national team.
  "template:read": ["NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION"],
  "template:publish": ["NATIONAL"],
  // The Aract's users and roles.
  "user:read": ["ARACT_ADMIN"],
  "user:manage": ["ARACT_ADMIN"],
  "audit:read": ["ARACT_ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof POLICY;

export function can(role: Role, permission: Permission): boolean {
  const holders: readonly Role[] = POLICY[permission] ?? [];
  return holders.includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  NATIONAL: "Équipe nationale Anact",
  ARACT_ADMIN: "Administrateur·rice d'Aract",
  CHARGE_DE_MISSION: "Chargé·e de mission",
  COMPANY_MEMBER: "Membre d'un binôme d'entreprise",
};
