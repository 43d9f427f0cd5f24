import { getTranslations } from 'next-intl/server';
import { listChainOptions } from '@/db/queries/chains';
import { getEnterpriseOrThrow } from '@/db/queries/enterprises';
import { listAssignableUsers } from '@/db/queries/leads';
import { listTeamOptions } from '@/db/queries/teams';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { DomainError } from '@/lib/errors';
import { requirePermission } from '@/lib/viewer';
import type { Viewer } from '@/lib/viewer';
import type { PickedEnterprise } from '../_components/enterprise-picker';
import { LeadForm } from '../_components/lead-form';

export async function generateMetadata() {
  return { title: (await getTranslations('leadForm'))('newTitle') };
}

/** `?enterpriseId=` from an enterprise page or the chain map; a stale or deleted one just leaves the picker empty. */
async function prefill(viewer: Viewer, id: string | undefined): Promise<PickedEnterprise | null> {
  if (!id) return null;
  try {
    const e = await getEnterpriseOrThrow(viewer, id);
    return e.deleted ? null : { id: e.id, name: e.name, uscc: e.uscc, teamName: e.teamName };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'notFound') return null;
    throw error;
  }
}

export default async function NewLeadPage({ searchParams }: { searchParams: Promise<{ enterpriseId?: string }> }) {
  const viewer = await requirePermission('leads.write');
  const { enterpriseId } = await searchParams;
  const picksTeam = viewer.role !== 'officer';
  const [chains, teams, users, enterprise, t] = await Promise.all([
    listChainOptions(viewer),
    picksTeam ? listTeamOptions(viewer) : undefined,
    listAssignableUsers(viewer),
    prefill(viewer, typeof enterpriseId === 'string' ? enterpriseId : undefined),
    getTranslations('leadForm'),
  ]);
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <Card className="max-w-5xl">
        <LeadForm
          chains={chains}
          viewer={{ id: viewer.id, role: viewer.role, teamId: viewer.teamId }}
          teams={teams}
          users={users}
          initialEnterprise={enterprise}
        />
      </Card>
    </>
  );
}
