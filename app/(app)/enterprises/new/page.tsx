import { getTranslations } from 'next-intl/server';
import { listChainOptions } from '@/db/queries/chains';
import { listTeamOptions } from '@/db/queries/teams';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/viewer';
import { EnterpriseForm } from '../_components/enterprise-form';

export async function generateMetadata() {
  return { title: (await getTranslations('enterprises'))('new') };
}

export default async function NewEnterprisePage() {
  const viewer = await requirePermission('enterprises.write');
  const [chains, teams, t] = await Promise.all([listChainOptions(viewer), viewer.role === 'admin' ? listTeamOptions(viewer) : undefined, getTranslations('enterprises')]);
  return (
    <>
      <PageHeader title={t('new')} />
      <Card className="max-w-5xl">
        <EnterpriseForm chains={chains} teams={teams} />
      </Card>
    </>
  );
}
