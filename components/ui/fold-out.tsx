import type { ReactNode } from 'react';

/** A secondary form kept folded under a link-like summary until wanted (edit forms beside a record's facts). */
export function FoldOut({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 select-none">{summary}</summary>
      <div className="mt-4">{children}</div>
    </details>
  );
}
