import type { ReactNode } from 'react';
import { cn } from './cn';

/** A record's facts as label / value pairs in two columns; long values (names, codes) wrap anywhere. */
export function FactList({ rows, className }: { rows: [label: string, value: ReactNode][]; className: string }) {
  return (
    <dl className={cn('grid gap-x-4 gap-y-2 text-sm', className)}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="min-w-0 text-slate-900 wrap-anywhere">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
