import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listTeams } from '@/db/queries/teams';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/viewer';
import { TeamForm } from './_components/team-form';

export async function generateMetadata() {
  return { title: (await getTranslations('admin'))('teams') };
}

export default async function TeamsPage() {
  const viewer = await requirePermission('teams.manage');
  const [teams, t] = await Promise.all([listTeams(viewer), getTranslations()]);
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
      {teams.length === 0 ? (
        <EmptyState title={t('admin.teamsEmpty')} />
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t('admin.teamName')}</Th>
              <Th>{t('admin.chainFocus')}</Th>
              <Th className="text-right">{t('admin.members')}</Th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id} className="hover:bg-slate-50">
                <Td className="font-medium whitespace-nowrap">
                  <Link href={`/admin/teams/${team.id}`} className="text-brand-700 hover:underline">{team.name}</Link>
                </Td>
                <Td className="min-w-48 text-slate-600">{team.chainFocus || '—'}</Td>
                <Td className="text-right tabular-nums">
                  <Link href={`/admin/users?teamId=${team.id}`} className="hover:underline">{team.memberCount}</Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Card title={t('admin.newTeam')}>
        <TeamForm />
      </Card>
    </div>
  );
}
