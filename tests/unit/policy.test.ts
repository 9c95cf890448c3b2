import { describe, expect, it } from "vitest";
import { POLICY, ROLES, can, type Permission, type Role } from "@/lib/auth/policy";
import { navigationFor } from "@/lib/auth/navigation";

const permissions = Object.keys(POLICY) as Permission[];

describe("the policy table", () => {
  it("grants exactly what the table lists, for every role and permission", () => {
    for (const permission of permissions) {
      for (const role of ROLES) {
        expect(can(role, permission), `${role} × ${permission}`).toBe((POLICY[permission] as readonly Role[]).includes(role));
      }
    }
  });

  it("denies by default what the table does not know", () => {
    expect(can("NATIONAL", "cluster:delete" as Permission)).toBe(false);
  });

  it("lets only the national side (team and administrator) read the whole network", () => {
    expect(ROLES.filter((role) => can(role, "network:read"))).toEqual(["NATIONAL_ADMIN", "NATIONAL"]);
  });

  it("keeps the network's administration to the national administrator", () => {
    expect(ROLES.filter((role) => can(role, "aract:manage"))).toEqual(["NATIONAL_ADMIN"]);
  });

  it("never lets the national team write, and lets a company member write only their action plan and their indicators", () => {
    const writes = permissions.filter((p) => p.endsWith(":write") || p.endsWith(":manage"));
    expect(writes.filter((write) => can("NATIONAL", write))).toEqual([]);
    expect(writes.filter((write) => can("COMPANY_MEMBER", write))).toEqual(["action-plan:write", "indicators:write"]);
  });

  it("lets the pair and the Aract's staff answer a follow-up, never the national team", () => {
    expect(ROLES.filter((role) => can(role, "follow-up:answer"))).toEqual(["ARACT_ADMIN", "CHARGE_DE_MISSION", "COMPANY_MEMBER"]);
  });

  it("lets the staff and the national side publish resources, the national side alone feature them, everyone read within reach", () => {
    expect(ROLES.filter((role) => can(role, "resource:publish"))).toEqual(["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION"]);
    expect(ROLES.filter((role) => can(role, "resource:feature"))).toEqual(["NATIONAL_ADMIN", "NATIONAL"]);
    expect(ROLES.filter((role) => can(role, "resource:read"))).toEqual([...ROLES]);
  });

  it("keeps user management to Aract administrators", () => {
    expect(ROLES.filter((role) => can(role, "user:manage"))).toEqual(["ARACT_ADMIN"]);
  });

  it("builds each role's navigation from the table", () => {
    for (const role of ROLES) expect(navigationFor(role).map((item) => item.href)).toContain("/");
  });
});
