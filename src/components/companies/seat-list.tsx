import type { PairMemberView } from "@/lib/participations/queries";
import { PairMemberLine } from "./pair-member-line";
import { PairMemberActions } from "./pair-member-actions";

/** The people seated in a company (its pair, or its further members), with what may be done with each. */
export function SeatList({ seats, canEdit, columns = false }: { seats: PairMemberView[]; canEdit: boolean; columns?: boolean }) {
  return (
    <ul className={columns ? "grid gap-5 md:grid-cols-2 xl:grid-cols-3" : "space-y-5"}>
      {seats.map((member) => (
        <li key={member.id} className="border-l-2 border-france-200 pl-3">
          <PairMemberLine member={member} showEmail />
          {canEdit && (
            <PairMemberActions
              member={{
                id: member.id,
                side: member.side,
                name: member.name,
                hasEmail: Boolean(member.email),
                invited: member.invitation.kind !== "not-invited",
              }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
