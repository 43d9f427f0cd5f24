import { cn } from './cn';

const TONES = { brand: 'bg-brand-600', green: 'bg-emerald-500', amber: 'bg-amber-500', red: 'bg-red-500' };

/**
 * A bar for a share (0–1; above 1 fills the bar), labelled for screen readers; the number is written beside it.
 * `pace` draws a tick where the share should be by now (e.g. the part of the year gone).
 */
export function ProgressBar({
  value,
  label,
  tone = 'brand',
  pace,
  valueText,
  size = 'thin',
  className,
}: {
  value: number;
  label: string;
  tone?: keyof typeof TONES;
  pace?: number;
  valueText?: string;
  size?: 'thin' | 'thick';
  className?: string;
}) {
  const percent = Math.round(Math.min(Math.max(value, 0), 1) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      className={cn('relative w-full overflow-hidden rounded-full bg-slate-100', size === 'thick' ? 'h-3' : 'h-2', className)}
    >
      <div className={cn('h-full rounded-full', TONES[tone])} style={{ width: `${percent}%` }} />
      {pace !== undefined && <div className="absolute inset-y-0 w-0.5 bg-slate-700" style={{ left: `${Math.min(pace, 1) * 100}%` }} aria-hidden="true" />}
    </div>
  );
}
