import type { Scope } from "@/lib/auth/scope";

/** A reader of one Aract's figures (a chargé·e de mission), or of the network's (null: the national team). */
export function readerOf(aractId: string | null): Scope {
  const base = { userId: "test-reader", name: "Lecture", email: "lecture@exemple.fr" };
  return aractId === null
    ? { ...base, role: "NATIONAL", aractId: null, aractName: null }
    : { ...base, role: "CHARGE_DE_MISSION", aractId, aractName: aractId };
}
