import { Button } from "@/components/ui/button";

/** A save refused because someone else changed the plan: what they changed, and the way to apply one's own input. */
export function StaleNotice({ message, actionLabel, onReapply, busy }: {
  message: string;
  actionLabel: string;
  onReapply: () => void;
  busy: boolean;
}) {
  return (
    <div role="alert" className="space-y-3 border-l-4 border-warning bg-warning-50 px-4 py-3">
      <p className="font-bold">Le plan a changé pendant que vous le modifiiez</p>
      <p className="text-sm leading-relaxed">{message}</p>
      <Button type="button" variant="secondary" onClick={onReapply} disabled={busy}>
        {busy ? "Mise à jour du plan…" : actionLabel}
      </Button>
    </div>
  );
}
