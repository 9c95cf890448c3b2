import type { MemberRole } from "@/generated/prisma/enums";

// The rules of the members beyond the pair and of the steering committee.

export const ALREADY_SEATED = "Cette personne fait déjà partie des membres de cette entreprise dans le cluster.";

/** A member named for the steering committee sits on it: only the others join or leave it. */
export function steeringProblem(role: MemberRole | null, steering: boolean): string | null {
  if (role === "STEERING_COMMITTEE" && !steering)
    return "Cette personne est membre du comité de pilotage par son rôle : retirez-la des membres pour l'en faire sortir.";
  return null;
}
