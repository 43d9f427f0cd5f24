import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { Pager } from '@/components/ui/pager';
import { listAuditLog } from '@/db/queries/audit-log';
import { auditFilterSchema } from '@/lib/validation/audit';
import { requirePermission } from '@/lib/viewer';
import { AuditFilters } from './_components/audit-filters';
import { AuditTable } from './_components/audit-table';

export async function generateMetadata() {
  return { title: (await getTranslations('audit'))('title') };
}

/** 审计日志: who did what, when, from where, newest first; filters and the page cursor in the URL. Admins only. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission('audit.read');
  const filter = auditFilterSchema.parse(await searchParams);
  const [page, t] = await Promise.all([listAuditLog(viewer, filter), getTranslations('audit')]);
  return (
    <div className="space-y-4">
      <AuditFilters filter={filter} />
      {page.rows.length === 0 ? <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState> : <AuditTable rows={page.rows} filter={filter} />}
      <Pager params={filter} after={filter.after} next={page.next} label={t('pager')} />
    </div>
  );
}
