import { getLocale, getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { FactList } from '@/components/ui/fact-list';
import { FoldOut } from '@/components/ui/fold-out';
import { HistoryList } from '@/components/ui/history-list';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { getSupervisionOrThrow, listSupervisionAssignees } from '@/db/queries/supervision';
import { formatDate, formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { orNotFound } from '@/lib/not-found';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';
import { EditForm } from '../_components/edit-form';
import { ProgressForm } from '../_components/progress-form';
import { RecordLink } from '../_components/record-link';
import { StateForm } from '../_components/state-form';
import { SupervisionStateBadge } from '@/components/supervision/state-badge';

export async function generateMetadata() {
  return { title: (await getTranslations('supervision'))('detail.title') };
}

/** One supervision item: its facts, the progress history, the assignee's report form and the leader's close/reopen. */
export default async function SupervisionItemPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const viewer = await requirePermission('supervision.read');
  const { id } = await params;
  const flags = await searchParams;
  // Another team's item (for an officer) is "not found", exactly like a wrong id.
  const item = await orNotFound(getSupervisionOrThrow(viewer, id));
  const canManage = item.canManage && can(viewer, 'supervision.assign');
  const canReport = item.canReport && can(viewer, 'supervision.report');
  const [officers, t, locale] = await Promise.all([
    canManage ? listSupervisionAssignees(viewer) : Promise.resolve([]),
    getTranslations('supervision'),
    getLocale() as Promise<Locale>,
  ]);
  const day = (d: string) => formatDate(`${d}T00:00:00+08:00`, locale);
  const rows: [string, React.ReactNode][] = [
    [t('fields.record'), <RecordLink key="r" leadId={item.leadId} projectId={item.projectId} name={item.recordName} />],
    [t('fields.team'), item.teamName],
    [t('fields.assignee'), item.assigneeName ?? t('wholeTeam')],
    [
      t('fields.deadline'),
      <span key="d" className={cn('tabular-nums', item.overdue && 'font-medium text-red-700')} data-testid="supervision-deadline">
        {day(item.deadline)}
        {item.overdue && ` · ${t('state.overdue')}`}
      </span>,
    ],
    [t('fields.state'), <SupervisionStateBadge key="s" state={item.state} overdue={item.overdue} />],
    [t('fields.assignedBy'), `${item.createdByName ?? '—'} · ${formatDateTime(item.createdAt, locale)}`],
  ];
  if (item.state === 'closed' && item.closedAt) {
    rows.push([t('fields.closed'), `${item.closedByName ?? '—'} · ${formatDateTime(item.closedAt, locale)}`]);
    if (item.closingRemark) rows.push([t('fields.closingRemark'), item.closingRemark]);
  }

  return (
    <>
      <PageHeader title={item.title} description={t('detail.subtitle', { record: item.recordName, team: item.teamName })} actions={<ButtonLink href="/supervision" variant="secondary">{t('detail.back')}</ButtonLink>} />
      <div className="mb-4 space-y-2">
        {flags.created && <Notice tone="success">{t('detail.created')}</Notice>}
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
        <div className="min-w-0 space-y-4">
          <Card title={t('progress.title')}>
            {canReport && (
              <div className="mb-5">
                <ProgressForm key={item.version} id={item.id} version={item.version} />
              </div>
            )}
            {item.updates.length === 0 ? (
              <p className="text-sm text-slate-500">{t('noProgress')}</p>
            ) : (
              <HistoryList
                label={t('progress.history')}
                entries={item.updates.map((u) => ({ id: u.id, note: u.note, by: t('progress.by', { name: u.authorName, at: formatDateTime(u.createdAt, locale) }) }))}
              />
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-4">
          <Card title={t('detail.facts')}>
            <FactList rows={rows} className="grid-cols-[6rem_minmax(0,1fr)]" />
          </Card>
          {canManage && (
            <Card title={item.state === 'open' ? t('close.title') : t('reopen.title')}>
              <StateForm key={item.version} id={item.id} version={item.version} open={item.state === 'open'} />
            </Card>
          )}
          {canManage && (
            <Card title={t('edit.title')}>
              <FoldOut summary={t('edit.open')}>
                <EditForm key={item.version} item={{ id: item.id, version: item.version, title: item.title, deadline: item.deadline, assigneeId: item.assigneeId }} officers={officers.filter((o) => o.teamId === item.teamId)} />
              </FoldOut>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
