import type { ReactNode } from 'react';

export interface HistoryEntry {
  id: string | number;
  /** What happened, when the entry has a heading (a step's name); plain notes have none. */
  title?: ReactNode;
  note?: string;
  /** Who and when. */
  by: string;
}

/** A record's history, oldest or newest first as given: one bordered entry per step or note. */
export function HistoryList({ label, entries }: { label: string; entries: HistoryEntry[] }) {
  return (
    <ol className="space-y-3" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-md border border-slate-200 px-3 py-2 text-sm">
          {entry.title && <p className="font-medium text-slate-900">{entry.title}</p>}
          {entry.note && <p className={entry.title ? 'mt-0.5 whitespace-pre-line text-slate-700' : 'whitespace-pre-line text-slate-800'}>{entry.note}</p>}
          <p className="mt-1 text-xs text-slate-500">{entry.by}</p>
        </li>
      ))}
    </ol>
  );
}
