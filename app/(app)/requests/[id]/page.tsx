import { getLocale, getTranslations } from 'next-intl/server';
import { RequestDeadline } from '@/components/requests/deadline';
import { RequestStateBadge } from '@/components/requests/state-badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FactList } from '@/components/ui/fact-list';
import { FoldOut } from '@/components/ui/fold-out';
import { HistoryList } from '@/components/ui/history-list';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { listDepartmentOptions } from '@/db/queries/departments';
import { getRequestOrThrow, type RequestHistoryEntry } from '@/db/queries/requests';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { orNotFound } from '@/lib/not-found';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';
import { RequestRecordLink } from '../_components/record-link';
import { RequestForm } from '../_components/request-form';
import { StepForm } from '../_components/step-form';

export async function generateMetadata() {
  return { title: (await getTranslations('requests'))('detail.title') };
}

/** What a history entry says: a 不满意 confirmation is a reopening. */
const stepKey = (h: RequestHistoryEntry) => (h.step === 'confirm' && h.toState === 'in_progress' ? 'reopen' : h.step);

/** One request: its facts, the history of every step, and the form for the step the viewer may take next. */
export default async function RequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const viewer = await requirePermission('requests.read');
  const { id } = await params;
  const flags = await searchParams;
  // Another team's or department's request is "not found", exactly like a wrong id.
  const request = await orNotFound(getRequestOrThrow(viewer, id));
  const canEdit = request.canEdit && can(viewer, 'requests.raise');
  const [departments, t, locale] = await Promise.all([canEdit ? listDepartmentOptions(viewer) : Promise.resolve([]), getTranslations('requests'), getLocale() as Promise<Locale>]);
  const move = request.canAccept ? 'accept' : request.canResolve ? 'resolve' : request.canConfirm ? 'confirm' : null;
  const rows: [string, React.ReactNode][] = [
    [t('fields.record'), <RequestRecordLink key="r" row={request} linked={can(viewer, 'enterprises.read')} />],
    [t('fields.category'), `${t(`category.${request.category}`)} · ${t(`urgency.${request.urgency}`)}`],
    [t('fields.department'), request.departmentPhone ? `${request.departmentName} · ${request.departmentPhone}` : request.departmentName],
    [t('fields.team'), request.teamName],
    [t('fields.deadline'), <RequestDeadline key="d" deadline={request.deadline} overdue={request.overdue} locale={locale} label={(date) => (request.overdue ? `${date} · ${t('overdue')}` : date)} />],
    [t('fields.state'), <RequestStateBadge key="s" state={request.state} overdue={request.overdue} />],
    [t('fields.raised'), `${request.raisedByName} · ${formatDateTime(request.createdAt, locale)}`],
  ];
  // An edit's note lists the changed fields by name (db/queries/requests.ts updateRequest).
  const editedFields = (note: string) => note.split(', ').map((field) => t(`fields.${field === 'departmentId' ? 'department' : field}` as 'fields.category')).join('、');
  if (request.result) rows.push([t('fields.result'), request.result]);
  if (request.satisfaction) rows.push([t('fields.satisfaction'), t(`satisfaction.${request.satisfaction}`)]);

  return (
    <>
      <PageHeader
        title={`${t(`category.${request.category}`)} · ${request.enterpriseName}`}
        description={t(`waiting.${request.state}`, { department: request.departmentName })}
        actions={<ButtonLink href="/requests" variant="secondary">{t('detail.back')}</ButtonLink>}
      />
      <div className="mb-4 space-y-2">{flags.created && <Notice tone="success">{t('detail.created')}</Notice>}</div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
        <div className="min-w-0 space-y-4">
          <Card title={t('fields.description')}>
            <p className="text-sm whitespace-pre-line text-slate-800">{request.description}</p>
          </Card>
          {move && (
            <Card title={t(`${move}.title`)}>
              <StepForm key={request.version} move={move} id={request.id} version={request.version} />
            </Card>
          )}
          <Card title={t('detail.history')}>
            <HistoryList
              label={t('detail.history')}
              entries={request.history.map((h) => ({
                id: h.id,
                title: h.satisfaction ? `${t(`step.${stepKey(h)}`)} · ${t(`satisfaction.${h.satisfaction}`)}` : t(`step.${stepKey(h)}`),
                note: h.step === 'edit' ? editedFields(h.note) : h.note,
                by: t('detail.by', { name: h.actorName, at: formatDateTime(h.at, locale) }),
              }))}
            />
          </Card>
        </div>
        <div className="min-w-0 space-y-4">
          <Card title={t('detail.facts')}>
            <FactList rows={rows} className="grid-cols-[6rem_minmax(0,1fr)]" />
          </Card>
          {canEdit && (
            <Card title={t('edit.title')}>
              <p className="mb-3 text-xs text-slate-500">{t('edit.hint')}</p>
              <FoldOut summary={t('edit.open')}>
                <RequestForm key={request.version} departments={departments} request={request} />
              </FoldOut>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
