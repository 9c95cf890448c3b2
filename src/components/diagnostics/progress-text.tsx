import type { Progress } from "@/lib/diagnostics/rules";
import { formatNumber } from "@/lib/format/fr";

/** "Questions obligatoires : 3 sur 4 · toutes questions : 10 sur 24": the required ones first. */
export function progressSentence(progress: Progress): string {
  const all = `${formatNumber(progress.answered)} sur ${formatNumber(progress.total)}`;
  if (progress.requiredTotal === 0) return `Questions répondues : ${all}`;
  return `Questions obligatoires : ${formatNumber(progress.requiredAnswered)} sur ${formatNumber(progress.requiredTotal)} · toutes questions : ${all}`;
}

/** The progress of a response as a bar with its words (the bar is decoration: the words say it all). */
export function ProgressText({ progress }: { progress: Progress }) {
  const percent = progress.total ? Math.round((progress.answered / progress.total) * 100) : 0;
  return (
    <div>
      <p className="text-sm">{progressSentence(progress)}</p>
      <div aria-hidden="true" className="mt-1 h-2 w-full max-w-xs rounded-sm bg-gray-200">
        <div className="h-2 rounded-sm bg-france-900" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
