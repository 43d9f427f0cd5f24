import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { viewContactOrThrow } from '@/db/queries/contacts';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FactList } from '@/components/ui/fact-list';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { ContactEditor } from '../../../_components/contact-editor';

export async function generateMetadata() {
  return { title: (await getTranslations('contacts'))('page') };
}

/**
 * 联系人: one contact of an enterprise. The owning team, leaders and admins see the details in full, and each
 * such view is audited by the data layer (viewContactOrThrow); other teams' officers see them masked.
 */
export default async function ContactPage({ params }: { params: Promise<{ id: string; contactId: string }> }) {
  const viewer = await requirePermission('enterprises.read');
  const { id, contactId } = await params;
  const [c, t] = await Promise.all([orNotFound(viewContactOrThrow(viewer, id, contactId)), getTranslations()]);
  const name = c.erased ? t('contacts.erasedName') : c.name;
  const dash = (v: string) => v || '—';
  const rows: [string, React.ReactNode][] = [
    [t('contacts.enterprise'), <Link key="e" href={`/enterprises/${c.enterpriseId}`} className="text-brand-700 hover:underline">{c.enterpriseName}</Link>],
    [t('contacts.title'), dash(c.title)],
    [t('contacts.mobile'), c.mobile && !c.masked ? <a key="m" href={`tel:${c.mobile}`} className="tabular-nums hover:underline">{c.mobile}</a> : <span key="m" className="tabular-nums">{dash(c.mobile)}</span>],
    [t('contacts.phone'), <span key="p" className="tabular-nums">{dash(c.phone)}</span>],
    [t('contacts.email'), c.email && !c.masked ? <a key="em" href={`mailto:${c.email}`} className="hover:underline">{c.email}</a> : dash(c.email)],
    [t('contacts.wechat'), dash(c.wechat)],
    [t('contacts.isPrimary'), t(c.isPrimary ? 'contacts.yes' : 'contacts.no')],
    [t('contacts.notes'), dash(c.notes)],
  ];
  return (
    <>
      <PageHeader title={name} description={c.enterpriseName} actions={<ButtonLink href={`/enterprises/${c.enterpriseId}`} variant="secondary">{t('contacts.backToEnterprise')}</ButtonLink>} />
      <div className="mb-4 max-w-3xl space-y-2">
        {c.erased ? (
          <Notice tone="info">{t('contacts.erasedNotice')}</Notice>
        ) : c.masked ? (
          <Notice tone="info">{t('contacts.maskedNotice', { team: c.enterpriseTeamName ?? t('enterprises.noTeam') })}</Notice>
        ) : (
          <Notice tone="info">{t('contacts.auditedNotice')}</Notice>
        )}
      </div>
      <Card title={t('contacts.details')} className="max-w-3xl" actions={c.erased && <Badge>{t('contacts.erased')}</Badge>}>
        <FactList rows={rows} className="grid-cols-1 sm:grid-cols-[8rem_minmax(0,1fr)]" />
        {c.canEdit && (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <ContactEditor enterpriseId={c.enterpriseId} contact={c} />
          </div>
        )}
      </Card>
    </>
  );
}
