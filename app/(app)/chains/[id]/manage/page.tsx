import { getTranslations } from 'next-intl/server';
import { getChainMap, listLeaderOptions } from '@/db/queries/chains';
import { listTeamOptions } from '@/db/queries/teams';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { ChainForm } from '../../_components/chain-form';
import { NodeForm } from '../../_components/node-form';
import { NodeList } from '../../_components/node-list';

export async function generateMetadata() {
  return { title: (await getTranslations('chains'))('manage') };
}

export default async function ManageChainPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('chains.manage');
  const { id } = await params;
  const map = await orNotFound(getChainMap(viewer, id));
  const [teams, leaders, t] = await Promise.all([listTeamOptions(viewer), listLeaderOptions(viewer), getTranslations('chains')]);
  return (
    <>
      <PageHeader title={`${map.chain.name} · ${t('manage')}`} actions={<ButtonLink href={`/chains/${id}`} variant="secondary">{t('map')}</ButtonLink>} />
      <div className="space-y-4">
        <Card title={t('settings')} className="max-w-3xl">
          <ChainForm teams={teams} leaders={leaders} chain={map.chain} />
        </Card>
        <Card title={t('nodeList')}>
          <NodeList chainId={id} nodes={map.nodes} />
        </Card>
        <Card title={t('addNode')}>
          <NodeForm chainId={id} />
        </Card>
      </div>
    </>
  );
}
