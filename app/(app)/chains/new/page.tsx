import { getTranslations } from 'next-intl/server';
import { listLeaderOptions } from '@/db/queries/chains';
import { listTeamOptions } from '@/db/queries/teams';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/viewer';
import { ChainForm } from '../_components/chain-form';

export async function generateMetadata() {
  return { title: (await getTranslations('chains'))('new') };
}

export default async function NewChainPage() {
  const viewer = await requirePermission('chains.manage');
  const [teams, leaders, t] = await Promise.all([listTeamOptions(viewer), listLeaderOptions(viewer), getTranslations('chains')]);
  return (
    <>
      <PageHeader title={t('new')} />
      <Card className="max-w-3xl">
        <ChainForm teams={teams} leaders={leaders} />
      </Card>
    </>
  );
}
