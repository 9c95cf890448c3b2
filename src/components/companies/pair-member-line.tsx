import type { PairMemberView } from "@/lib/participations/queries";
import { invitationLabel } from "@/lib/participations/rules";

/** "Direction : Yannick Abiven, directeur d'exploitation · invité·e le 25 mai 2026" */
export function PairMemberLine({ member, showEmail = false }: { member: PairMemberView; showEmail?: boolean }) {
  return (
    <>
      <span className="text-muted">{member.label} : </span>
      <span className="font-medium">{member.name}</span>
      {member.jobTitle && <span>, {member.jobTitle}</span>}
      {showEmail && member.email && <span className="block break-all text-sm">{member.email}</span>}
      <span className="block text-sm text-muted">{invitationLabel(member.invitation)}</span>
    </>
  );
}
