import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { listIntakeQueue, listMyIntake, type IntakeRow } from '@/db/queries/intake';
import { listAssignableUsers } from '@/db/queries/leads';
import { listTeamOptions } from '@/db/queries/teams';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { can } from '@/lib/permissions';
import { requireViewer } from '@/lib/viewer';
import { IntakeDecision } from './_components/intake-decision';
import { IntakeStatusCell } from './_components/intake-status';
import { IntakeSubmitForm } from './_components/intake-submit-form';

export async function generateMetadata() {
  return { title: (await getTranslations('intake'))('title') };
}

type SearchParams = Promise<{ accepted?: string; declined?: string }>;

/**
 * One address, two audiences (大招商): a liaison hands leads in and follows only their own; the office
 * (leaders, officers, admins) decides on the queue. Anyone else gets the 403 page.
 */
export default async function IntakePage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  const submits = can(viewer, 'intake.submit');
  const decides = can(viewer, 'intake.decide');
  if (!submits && !decides) forbidden();
  const flags = await searchParams;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);

  return (
    <>
      <PageHeader title={decides ? t('intake.queueTitle') : t('intake.title')} description={decides ? t('intake.queueDescription') : t('intake.description')} />
      <div className="mb-4 space-y-2" aria-live="polite">
        {flags.accepted && (
          <Notice tone="success">
            {t('intake.accepted')}{' '}
            <Link href={`/leads/${encodeURIComponent(flags.accepted)}`} className="font-medium underline">{t('intake.openLead')}</Link>
          </Notice>
        )}
        {flags.declined && <Notice tone="success">{t('intake.declined')}</Notice>}
      </div>
      {submits && <LiaisonView viewer={viewer} locale={locale as Locale} t={t} />}
      {decides && <DeciderView viewer={viewer} locale={locale as Locale} t={t} />}
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations>>;
type Viewer = Awaited<ReturnType<typeof requireViewer>>;

async function LiaisonView({ viewer, locale, t }: { viewer: Viewer; locale: Locale; t: T }) {
  const rows = await listMyIntake(viewer);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-start">
      <Card title={t('intake.submitTitle')}>
        <IntakeSubmitForm />
      </Card>
      <section aria-labelledby="my-intake" className="space-y-3">
        <h2 id="my-intake" className="text-sm font-semibold text-slate-900">{t('intake.mineTitle')}</h2>
        {rows.length === 0 ? <EmptyState title={t('intake.mineEmpty')}>{t('intake.mineEmptyHint')}</EmptyState> : <IntakeTable rows={rows} locale={locale} t={t} labelledBy="my-intake" />}
      </section>
    </div>
  );
}

async function DeciderView({ viewer, locale, t }: { viewer: Viewer; locale: Locale; t: T }) {
  const rows = await listIntakeQueue(viewer);
  const pending = rows.filter((r) => r.status === 'pending');
  const decided = rows.filter((r) => r.status !== 'pending');
  const [teams, users] = pending.length ? await Promise.all([listTeamOptions(viewer), listAssignableUsers(viewer)]) : [[], []];
  // An officer accepts only into their own team (the data layer refuses any other).
  const teamChoices = viewer.role === 'officer' ? teams.filter((team) => team.id === viewer.teamId) : teams;
  return (
    <div className="space-y-6">
      <section aria-labelledby="intake-pending" className="space-y-3">
        <h2 id="intake-pending" className="text-sm font-semibold text-slate-900">
          {t('intake.pendingTitle')} <span className="font-normal text-slate-500">({pending.length})</span>
        </h2>
        {pending.length === 0 ? (
          <EmptyState title={t('intake.pendingEmpty')} />
        ) : (
          <ul className="space-y-3">
            {pending.map((item) => (
              <li key={item.id}>
                <IntakeDecision
                  item={{
                    id: item.id,
                    version: item.version,
                    enterpriseName: item.enterpriseName,
                    uscc: item.uscc,
                    contactName: item.contactName,
                    contactPhone: item.contactPhone,
                    projectHint: item.projectHint,
                    submitterName: item.submitterName,
                    submittedOn: formatDate(item.createdAt, locale),
                  }}
                  teams={teamChoices}
                  users={users}
                  fixedTeamId={viewer.role === 'officer' ? viewer.teamId : null}
                  viewerId={viewer.id}
                  canPickEnterprise={can(viewer, 'enterprises.read')}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      {decided.length > 0 && (
        <section aria-labelledby="intake-decided" className="space-y-3">
          <h2 id="intake-decided" className="text-sm font-semibold text-slate-900">{t('intake.decidedTitle')}</h2>
          <IntakeTable rows={decided} locale={locale} t={t} labelledBy="intake-decided" showSubmitter />
        </section>
      )}
    </div>
  );
}

/** Submissions with their outcome; the hint sits under the enterprise, so on a phone two columns carry it all. */
function IntakeTable({ rows, locale, t, labelledBy, showSubmitter }: { rows: IntakeRow[]; locale: Locale; t: T; labelledBy: string; showSubmitter?: boolean }) {
  return (
    <Table aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <Th className="hidden sm:table-cell">{t('intake.submittedOn')}</Th>
          <Th>{t('intake.enterpriseAndHint')}</Th>
          {showSubmitter && <Th className="hidden sm:table-cell">{t('intake.submitter')}</Th>}
          <Th>{t('intake.status')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="align-top">
            <Td className="hidden align-top whitespace-nowrap tabular-nums text-slate-600 sm:table-cell">{formatDate(row.createdAt, locale)}</Td>
            {/* Long names may break inside a word (the app keeps Chinese words whole) so a phone needs no sideways scroll. */}
            <Td className="min-w-40 align-top wrap-anywhere">
              <p className="font-medium text-slate-900">
                {row.leadId ? <Link href={`/leads/${row.leadId}`} className="text-brand-700 hover:underline">{row.enterpriseName}</Link> : row.enterpriseName}
              </p>
              <p className="mt-0.5 line-clamp-3 text-xs whitespace-pre-line text-slate-500">{row.projectHint}</p>
              {/* On a phone the date (and submitter) columns fold in here. */}
              <p className="mt-0.5 text-xs text-slate-400 sm:hidden">
                {showSubmitter ? t('intake.submittedLine', { name: row.submitterName, date: formatDate(row.createdAt, locale) }) : formatDate(row.createdAt, locale)}
              </p>
            </Td>
            {showSubmitter && <Td className="hidden align-top whitespace-nowrap sm:table-cell">{row.submitterName}</Td>}
            <Td className="min-w-32 align-top wrap-anywhere">
              <IntakeStatusCell status={row.status} stage={row.leadStage} reason={row.declineReason} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
