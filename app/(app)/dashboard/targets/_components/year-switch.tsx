import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';

/** The years a leader plans for, as links (?year=): this year, the next and the two before. */
export function YearSwitch({ year, years }: { year: number; years: number[] }) {
  const t = useTranslations('targets');
  const shown = years.includes(year) ? years : [...years, year];
  return (
    <nav aria-label={t('year')} className="inline-flex h-9 rounded-md border border-slate-300 bg-white p-0.5">
      {[...shown].sort((a, b) => a - b).map((y) => (
        <Link
          key={y}
          href={`/dashboard/targets?year=${y}`}
          aria-current={y === year ? 'page' : undefined}
          className={cn('inline-flex items-center rounded px-3 text-sm tabular-nums', y === year ? 'bg-brand-600 font-medium text-white' : 'text-slate-700 hover:bg-slate-100')}
        >
          {t('yearValue', { year: y })}
        </Link>
      ))}
    </nav>
  );
}
