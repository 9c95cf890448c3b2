// The authorization policy: one readable table, permission → roles that hold it. Deny by default:
// a permission not listed here, or a role not listed for it, is refused. The tests read this table.
// Scoping (which Aract, which company) is applied on top of it by the queries (see ./where.ts).

export const ROLES = ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"] as const;
export type Role = (typeof ROLES)[number];

export const POLICY = {
  // Home page, own account.
  "home:read": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  // Network-wide figures: every Aract (the reports' breakdown by Aract and Aract column).
  "network:read": ["NATIONAL_ADMIN", "NATIONAL"],
  // Reports: the national team reads the network's figures, an Aract's people their own Aract's.
  "report:read": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION"],
  // Clusters, companies and sessions, read within the caller's scope.
  "cluster:read": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  "session:read": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  // A cluster's working tabs (companies, support, outcomes, evaluation, exports): staff and national team.
  "cluster:follow": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION"],
  // Running clusters: only the Aract's own people.
  "cluster:write": ["ARACT_ADMIN", "CHARGE_DE_MISSION"],
  "company:write": ["ARACT_ADMIN", "CHARGE_DE_MISSION"],
  "session:write": ["ARACT_ADMIN", "CHARGE_DE_MISSION"],
  // Applications from the public pages: read by the staff and the national side, decided by the Aract's people,
  // the unrouted ones routed to an Aract by the national side.
  "application:read": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION"],
  "application:decide": ["ARACT_ADMIN", "CHARGE_DE_MISSION"],
  "application:route": ["NATIONAL_ADMIN", "NATIONAL"],
  // Diagnostics: each pair member answers their own; the pair and the Aract read the comparison
  // (company members within their own company only, applied by the queries).
  "diagnostic:answer": ["COMPANY_MEMBER"],
  "diagnostic:read": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  // Action plans are built together by the pair and the chargé·e de mission.
  "action-plan:read": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  "action-plan:write": ["ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  // A company's indicators (before, after, at the follow-up): entered by the Aract's staff and by the pair.
  "indicators:write": ["ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  // The follow-up questionnaire after the cluster: answered by the pair, or entered by the Aract's staff.
  "follow-up:answer": ["ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  // The network's resources: read within the caller's reach (a company's members, those of their cluster);
  // published by an Aract's staff (their Aract's) and by the national side (the national ones), which alone
  // features them on the library's first page.
  "resource:read": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  "resource:publish": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION"],
  "resource:feature": ["NATIONAL_ADMIN", "NATIONAL"],
  // Diagnostic templates (theme packs): read by the network, versions published by the national team.
  "template:read": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION"],
  "template:publish": ["NATIONAL_ADMIN", "NATIONAL"],
  // Running the network: the national administrator creates and deactivates Aracts and appoints their
  // administrators; the list of Aracts is read by the whole national side.
  "aract:manage": ["NATIONAL_ADMIN"],
  // Programmes: national ones by the national administrator, an Aract's regional ones by its administrator.
  "programme:manage": ["NATIONAL_ADMIN", "ARACT_ADMIN"],
  // Users and roles: read by the administrators (every Aract's for the national one), managed by the
  // Aract administrator within the Aract.
  "user:read": ["NATIONAL_ADMIN", "ARACT_ADMIN"],
  "user:manage": ["ARACT_ADMIN"],
  // The Aract's partners directory: read by its people (the cluster form offers it), kept by its administrator.
  "partner:read": ["ARACT_ADMIN", "CHARGE_DE_MISSION"],
  "partner:manage": ["ARACT_ADMIN"],
  // The audit trail: the Aract's events for its administrator, all of them for the national administrator.
  "audit:read": ["NATIONAL_ADMIN", "ARACT_ADMIN"],
  // Personal data (GDPR): everyone downloads their own; the Aract administrator exports or erases a person's.
  "personal-data:own": ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"],
  "personal-data:manage": ["ARACT_ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof POLICY;

export function can(role: Role, permission: Permission): boolean {
  const holders: readonly Role[] = POLICY[permission] ?? [];
  return holders.includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  NATIONAL_ADMIN: "Administrateur·rice national·e",
  NATIONAL: "Équipe nationale Anact",
  ARACT_ADMIN: "Administrateur·rice d'Aract",
  CHARGE_DE_MISSION: "Chargé·e de mission",
  COMPANY_MEMBER: "Membre d'un binôme d'entreprise",
};
