import { cn } from '@/components/ui/cn';

/**
 * A thin bar for a share (0–1; above 1 fills the bar). The text beside it carries the number, so the bar
 * itself is labelled for screen readers and otherwise decorative.
 */
export function ProgressBar({ value, label, tone = 'brand', className }: { value: number; label: string; tone?: 'brand' | 'green' | 'red'; className?: string }) {
  const percent = Math.round(Math.min(Math.max(value, 0), 1) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className={cn('h-2 w-full overflow-hidden rounded-full bg-slate-100', className)}
    >
      <div
        className={cn('h-full rounded-full', tone === 'green' ? 'bg-emerald-500' : tone === 'red' ? 'bg-red-500' : 'bg-brand-600')}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
