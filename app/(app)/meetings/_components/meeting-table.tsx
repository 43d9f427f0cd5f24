import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { MeetingRow } from '@/db/queries/meetings';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

/** A summary cut to one glance; the full text is on the lead's or the enterprise's timeline. */
function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** One keyset page of meetings, newest first; minor columns give way on a phone. */
export function MeetingTable({ rows }: { rows: MeetingRow[] }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const f = (key: string) => t(`meetings.fields.${key}`);
  return (
    <Table data-testid="meeting-table">
      <caption className="sr-only">{t('meetings.caption')}</caption>
      <thead>
        <tr>
          <Th>{f('occurredAt')}</Th>
          <Th className="hidden sm:table-cell">{f('kind')}</Th>
          <Th>{f('enterprise')}</Th>
          <Th className="hidden md:table-cell">{f('lead')}</Th>
          <Th className="hidden md:table-cell">{f('summary')}</Th>
          <Th className="hidden lg:table-cell">{f('team')}</Th>
          <Th className="hidden sm:table-cell">{f('loggedBy')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id} className="align-top hover:bg-slate-50">
            <Td className="w-28 tabular-nums sm:w-auto sm:whitespace-nowrap">
              <time dateTime={new Date(m.occurredAt).toISOString()}>{formatDateTime(m.occurredAt, locale)}</time>
              {/* On a phone the kind rides under the time, and the summary under the enterprise: two columns, no sideways scrolling. */}
              <div className="mt-1 sm:hidden">
                <Badge tone="brand">{t(`meetingKind.${m.kind}`)}</Badge>
              </div>
            </Td>
            <Td className="hidden whitespace-nowrap sm:table-cell">
              <Badge tone="brand">{t(`meetingKind.${m.kind}`)}</Badge>
            </Td>
            <Td className="min-w-32">
              <Link href={`/enterprises/${m.enterpriseId}`} className="font-medium text-brand-700 hover:underline">{m.enterpriseName}</Link>
              {m.place && <div className="text-xs text-slate-500">{m.place}</div>}
              <p className="mt-1 text-slate-700 md:hidden">{excerpt(m.summary, 40)}</p>
            </Td>
            <Td className="hidden min-w-32 md:table-cell">
              {m.leadId ? <Link href={`/leads/${m.leadId}`} className="text-brand-700 hover:underline">{m.leadName}</Link> : <span className="text-slate-400">—</span>}
            </Td>
            <Td className="hidden max-w-md min-w-48 text-slate-700 md:table-cell" title={m.summary}>{excerpt(m.summary)}</Td>
            <Td className="hidden whitespace-nowrap lg:table-cell">{m.teamName}</Td>
            <Td className="hidden whitespace-nowrap sm:table-cell">{m.authorName ?? '—'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
