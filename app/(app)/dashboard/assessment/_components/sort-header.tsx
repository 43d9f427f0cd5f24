import Link from 'next/link';
import { Th } from '@/components/ui/table';
import { cn } from '@/components/ui/cn';
import { assessmentSearch, defaultDir, type AssessmentQuery, type AssessmentSort } from '@/lib/validation/assessment';

/**
 * A column header that sorts the table through the URL (a plain link: works without JavaScript, and the
 * export link carries the same order). A second click on the sorted column reverses it.
 */
export function SortHeader({ query, column, label, sortHint, numeric }: { query: AssessmentQuery; column: AssessmentSort; label: string; sortHint: { asc: string; desc: string; title: string }; numeric?: boolean }) {
  const active = query.sort === column;
  const dir = active ? (query.dir === 'asc' ? 'desc' : 'asc') : defaultDir(column);
  return (
    <Th aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined} className={cn(numeric && 'text-right')}>
      <Link href={`/dashboard/assessment?${assessmentSearch({ ...query, sort: column, dir })}`} title={sortHint.title} className={cn('hover:underline', active ? 'text-brand-700' : 'text-slate-600')}>
        {label}
        {active && (
          <>
            <span aria-hidden="true">{query.dir === 'asc' ? ' ▲' : ' ▼'}</span>
            <span className="sr-only">{query.dir === 'asc' ? sortHint.asc : sortHint.desc}</span>
          </>
        )}
      </Link>
    </Th>
  );
}
