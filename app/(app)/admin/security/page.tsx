import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { countTwoFactorCoverage, getAuditRetentionFacts, getSecurityPolicy } from '@/db/queries/security-policy';
import { listTwoFactorUsers } from '@/db/queries/two-factor';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { requirePermission } from '@/lib/viewer';
import { SecurityPolicyForm } from './_components/security-policy-form';
import { TwoFactorUsers } from './_components/two-factor-users';

export async function generateMetadata() {
  return { title: (await getTranslations('security'))('title') };
}

/** 安全策略 (等保 2.0): password rules and age, two-factor login for admins, audit retention; resetting a user's authenticator. */
export default async function SecurityPage() {
  const viewer = await requirePermission('security.manage');
  const [policy, audit, coverage, enrolled, t, locale] = await Promise.all([
    getSecurityPolicy(viewer),
    getAuditRetentionFacts(viewer),
    countTwoFactorCoverage(viewer),
    listTwoFactorUsers(viewer),
    getTranslations('security'),
    getLocale() as Promise<Locale>,
  ]);
  const count = new Intl.NumberFormat(locale).format(audit.rows);
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
      <Card title={t('title')}>
        <p className="mb-5 text-sm text-slate-600">{t('intro')}</p>
        <SecurityPolicyForm policy={policy} />
      </Card>
      <div className="space-y-4">
        <Card title={t('auditSection')}>
          <div className="space-y-2 text-sm text-slate-700" data-testid="audit-retention">
            <p>{t('noDeletePath')}</p>
            <p>
              {audit.oldestAt
                ? t('oldest', { at: formatDate(audit.oldestAt, locale), days: audit.keptDays })
                : t('oldestNone')}
            </p>
            <p>{audit.estimated ? t('rowsEstimated', { count }) : t('rows', { count })}</p>
            <Link href="/admin/audit" className="inline-block text-brand-700 hover:underline">{t('viewAudit')}</Link>
          </div>
        </Card>
        <Card title={t('twoFactorSection')}>
          <p className="text-sm text-slate-700" data-testid="two-factor-coverage">{t('coverage', coverage)}</p>
        </Card>
      </div>
      <section aria-labelledby="two-factor-users" className="space-y-2 lg:col-span-2">
        <h2 id="two-factor-users" className="text-sm font-semibold text-slate-900">{t('twoFactorUsers')}</h2>
        <TwoFactorUsers rows={enrolled} />
      </section>
    </div>
  );
}
