import { cn } from '@/components/ui/cn';

/**
 * Progress towards a target with a tick where the year's pace is: green when at or past the tick, amber before.
 * `share` and `pace` are 0–1 (share may exceed 1: the bar then stays full).
 */
export function ProgressBar({ share, pace, label, valueText }: { share: number; pace: number; label: string; valueText: string }) {
  const ahead = share >= pace;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(Math.min(share, 1) * 100)}
      aria-valuetext={valueText}
      className="relative h-3 w-full overflow-hidden rounded-full bg-slate-100"
    >
      <div className={cn('h-full rounded-full', ahead ? 'bg-emerald-500' : 'bg-amber-500')} style={{ width: `${Math.min(share, 1) * 100}%` }} />
      <div className="absolute inset-y-0 w-0.5 bg-slate-700" style={{ left: `${Math.min(pace, 1) * 100}%` }} aria-hidden="true" />
    </div>
  );
}
