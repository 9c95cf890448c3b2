import { progressSentence, type SessionProgress } from "@/lib/sessions/rules";
import { formatNumber } from "@/lib/format/fr";
import { Notice } from "@/components/ui/notice";

/** Planned against held half-days, with a word when the plan is not met or exceeded. */
export function SessionProgressNotice({ progress }: { progress: SessionProgress }) {
  const { toSchedule, overPlan } = progress;
  return (
    <Notice tone={overPlan > 0 ? "warning" : "info"}>
      <p className="text-base font-medium">{progressSentence(progress)}</p>
      {toSchedule > 0 && (
        <p>
          Encore {formatNumber(toSchedule)} demi-journée{toSchedule > 1 ? "s" : ""} à planifier.
        </p>
      )}
      {overPlan > 0 && (
        <p>
          {formatNumber(overPlan)} demi-journée{overPlan > 1 ? "s" : ""} de plus que prévu : vérifiez le financement.
        </p>
      )}
    </Notice>
  );
}
