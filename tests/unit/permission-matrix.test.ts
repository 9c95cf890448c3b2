import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POLICY, ROLES, can, type Permission, type Role } from "@/lib/auth/policy";

// Who may open each page and run each action of the network's administration, read from the routes and the
// actions themselves (the permission each one asks, and the wrapper that admits the caller's kind of scope),
// checked against the matrix the product promises, written out here rather than copied from the policy table.

const root = path.resolve(import.meta.dirname, "../..");

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.tsx?$/.test(entry)) yield full;
  }
}

const sources = [...files(path.join(root, "src"))].map((file) => ({ file: path.relative(root, file), text: readFileSync(file, "utf8") }));

const AUTHORIZING = /\b(?:(?:requireScope|authorize)\(|can\(scope\.role,|requireClusterPage\([^,]+,|(?:aract|national|scoped)Action\(\s*\w+\s*,)\s*"([a-z-]+:[a-z-]+)"/g;

/** The route of an app file: "src/app/administration/aracts/[id]/page.tsx" → "/administration/aracts/[id]". */
const routeOf = (file: string) => `/${path.dirname(path.relative("src/app", file)).replace(/^\.$/, "")}`.replace(/\/$/, "") || "/";

/** Each page and route handler under the app folder and the one permission it asks. */
const routes = new Map(
  sources
    .filter(({ file }) => /^src\/app\/.*\/(page\.tsx|route\.ts)$/.test(file))
    .map(({ file, text }) => [routeOf(file), [...text.matchAll(AUTHORIZING)].map((m) => m[1] as Permission)] as const),
);

/** Each exported server action of a domain and the roles it admits (its permission, narrowed by its wrapper). */
function actionsOf(domain: string): Map<string, Role[]> {
  const text = readFileSync(path.join(root, `src/lib/${domain}/actions.ts`), "utf8");
  const admitted = { aract: ["ARACT_ADMIN", "CHARGE_DE_MISSION"], national: ["NATIONAL_ADMIN", "NATIONAL"], scoped: ROLES } as const;
  const actions = new Map<string, Role[]>();
  for (const m of text.matchAll(/export const (\w+) = (aract|national|scoped)Action\(\s*\w+\s*,\s*"([a-z-]+:[a-z-]+)"/g)) {
    const [, name, kind, permission] = m as unknown as [string, string, keyof typeof admitted, Permission];
    actions.set(name!, ROLES.filter((role) => can(role, permission) && (admitted[kind] as readonly Role[]).includes(role)));
  }
  return actions;
}

const rolesOfRoute = (route: string): Role[] => {
  const permissions = routes.get(route);
  expect(permissions?.length, `${route} authorizes`).toBeGreaterThan(0);
  return ROLES.filter((role) => permissions!.every((p) => can(role, p)));
};

const NATIONAL_ADMIN: Role[] = ["NATIONAL_ADMIN"];
const ARACT_ADMIN: Role[] = ["ARACT_ADMIN"];
const ADMINS: Role[] = ["NATIONAL_ADMIN", "ARACT_ADMIN"];

describe("the administration's access matrix, from its routes and actions", () => {
  it("opens each page to the roles the product promises", () => {
    const expected: Record<string, Role[]> = {
      "/administration": ADMINS,
      "/administration/aracts": NATIONAL_ADMIN,
      "/administration/aracts/nouvelle": NATIONAL_ADMIN,
      "/administration/aracts/[id]": NATIONAL_ADMIN,
      "/administration/utilisateurs": ADMINS,
      "/administration/utilisateurs/inviter": ARACT_ADMIN,
      "/administration/utilisateurs/[id]": ARACT_ADMIN,
      "/administration/programmes": ADMINS,
      "/administration/programmes/nouveau": ADMINS,
      "/administration/programmes/[id]": ADMINS,
      "/administration/partenaires": ARACT_ADMIN,
      "/administration/partenaires/[id]": ARACT_ADMIN,
      "/administration/journal": ADMINS,
      "/administration/journal/export": ADMINS,
    };
    for (const [route, roles] of Object.entries(expected)) expect(rolesOfRoute(route), route).toEqual(roles);
  });

  it("lets each action be run by the roles the product promises", () => {
    expect(Object.fromEntries(actionsOf("aracts"))).toEqual({
      createAractAction: NATIONAL_ADMIN,
      updateAractAction: NATIONAL_ADMIN,
      deactivateAractAction: NATIONAL_ADMIN,
      reactivateAractAction: NATIONAL_ADMIN,
      appointAractAdminAction: NATIONAL_ADMIN,
    });
    expect(Object.fromEntries(actionsOf("users"))).toEqual({
      inviteStaffAction: ARACT_ADMIN,
      resendStaffInvitationAction: ARACT_ADMIN,
      changeStaffRoleAction: ARACT_ADMIN,
      deactivateStaffAction: ARACT_ADMIN,
      reactivateStaffAction: ARACT_ADMIN,
    });
    // National programmes by the national administrator, regional ones by an Aract's (the mutations pick which).
    expect(Object.fromEntries(actionsOf("programmes"))).toEqual({
      createProgrammeAction: ADMINS,
      updateProgrammeAction: ADMINS,
    });
    expect(Object.fromEntries(actionsOf("partners"))).toEqual({
      createPartnerAction: ARACT_ADMIN,
      updatePartnerAction: ARACT_ADMIN,
      archivePartnerAction: ARACT_ADMIN,
      restorePartnerAction: ARACT_ADMIN,
    });
    // Everyone ends their own sessions ("Mon compte").
    expect(Object.fromEntries(actionsOf("account"))).toEqual({ signOutEverywhereAction: [...ROLES] });
  });

  it("every page and route handler authorizes through the authorization module, but the public ones", () => {
    const PUBLIC = ["/accessibilite", "/boite-d-envoi", "/candidater", "/candidater/clusters/[id]", "/candidater/programmes/[id]", "/api/auth/[...nextauth]", "/api/health", "/connexion", "/connexion/confirmer", "/connexion/erreur", "/connexion/verifier", "/donnees-personnelles"];
    const unguarded = [...routes].filter(([route, permissions]) => permissions.length === 0 && !PUBLIC.includes(route)).map(([route]) => route);
    expect(unguarded).toEqual([]);
  });

  it("uses every permission the policy declares in a page, a route or an action", () => {
    const used = new Set(sources.flatMap(({ text }) => [...text.matchAll(AUTHORIZING)].map((m) => m[1])));
    expect((Object.keys(POLICY) as Permission[]).filter((permission) => !used.has(permission))).toEqual([]);
  });
});
