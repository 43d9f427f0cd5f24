import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { AuditRow } from '@/db/queries/audit-log';
import { ZONE_TIME_ZONE } from '@/lib/format';
import type { AuditFilter } from '@/lib/validation/audit';
import { ChangeList } from './change-list';
import { EntityCell } from './entity-cell';
import { filterHref } from './filter-href';

// Sweden's locale writes "2026-03-01 14:03:22": the sortable, language-neutral form an audit trail wants.
const SECONDS = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE_TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' });

// Failed logins and refused calls are what an administrator scans the log for.
const ALARMING = new Set(['refused', 'loginFailed']);

/** The audit rows, dense; an actor or an address is a link that narrows the page to it. */
export function AuditTable({ rows, filter }: { rows: AuditRow[]; filter: AuditFilter }) {
  const t = useTranslations('audit');
  const filterLink = 'text-brand-700 hover:underline';
  return (
    <Table>
      <caption className="sr-only">{t('caption')}</caption>
      <thead>
        <tr>
          <Th>{t('at')}</Th>
          <Th>{t('actor')}</Th>
          <Th>{t('ip')}</Th>
          <Th>{t('action')}</Th>
          <Th>{t('object')}</Th>
          <Th>{t('changes')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <Td className="whitespace-nowrap font-mono text-xs">
              <time dateTime={row.at.toISOString()}>{SECONDS.format(row.at)}</time>
            </Td>
            <Td className="whitespace-nowrap">
              {row.actorUsername ? (
                <Link href={filterHref(filter, { actor: row.actorUsername })} className={filterLink} title={t('filterByActor', { name: row.actorName ?? row.actorUsername })}>
                  {row.actorName} <span className="font-mono text-xs">{row.actorUsername}</span>
                </Link>
              ) : (
                // No actor: nobody was signed in (a failed login, a refused anonymous call) or a script wrote it.
                <span className="text-slate-500">{ALARMING.has(row.action) ? t('anonymous') : t('system')}</span>
              )}
            </Td>
            <Td className="whitespace-nowrap font-mono text-xs">
              {row.ip ? (
                <Link href={filterHref(filter, { ip: row.ip })} className={filterLink} title={t('filterByIp', { ip: row.ip })}>{row.ip}</Link>
              ) : (
                '—'
              )}
            </Td>
            <Td>
              <Badge tone={ALARMING.has(row.action) ? 'red' : row.action === 'delete' ? 'amber' : 'neutral'}>{t.has(`actions.${row.action}`) ? t(`actions.${row.action}`) : row.action}</Badge>
            </Td>
            <Td><EntityCell action={row.action} entityType={row.entityType} entityId={row.entityId} /></Td>
            <Td className="min-w-56 max-w-md"><ChangeList action={row.action} changes={row.changes} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
