import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { listTeamOptions } from '@/db/queries/teams';
import { importFileSpec } from '@/lib/import/import-action';
import { LEAD_HEADER_SPEC } from '@/lib/import/lead-columns';
import { requirePermission } from '@/lib/viewer';
import { LeadImport } from './_components/lead-import';

export async function generateMetadata() {
  return { title: (await getTranslations('leadImport'))('title') };
}

export default async function LeadImportPage() {
  const viewer = await requirePermission('leads.import');
  const t = await getTranslations('leadImport');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<ButtonLink href="/leads" variant="ghost">{t('backToLeads')}</ButtonLink>} />
      <LeadImport
        spec={importFileSpec(LEAD_HEADER_SPEC)}
        // Admins work outside teams and pick one; an officer imports into their own.
        teams={viewer.role === 'admin' ? await listTeamOptions(viewer) : null}
        teamName={viewer.teamName}
      />
    </>
  );
}
