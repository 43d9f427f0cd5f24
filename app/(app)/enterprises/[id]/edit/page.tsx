import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listChainOptions } from '@/db/queries/chains';
import { getEnterpriseOrThrow } from '@/db/queries/enterprises';
import { listTeamOptions } from '@/db/queries/teams';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { EnterpriseForm } from '../../_components/enterprise-form';

export async function generateMetadata() {
  return { title: (await getTranslations('enterprises'))('edit') };
}

export default async function EditEnterprisePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('enterprises.write');
  const enterprise = await orNotFound(getEnterpriseOrThrow(viewer, (await params).id));
  // Another team's enterprise is not editable by this officer: no form to fill in vain.
  if (!enterprise.canEdit) notFound();
  const [chains, teams, t] = await Promise.all([listChainOptions(viewer), viewer.role === 'admin' ? listTeamOptions(viewer) : undefined, getTranslations('enterprises')]);
  return (
    <>
      <PageHeader title={`${t('edit')} · ${enterprise.name}`} />
      <Card className="max-w-5xl">
        <EnterpriseForm chains={chains} teams={teams} enterprise={enterprise} />
      </Card>
    </>
  );
}
