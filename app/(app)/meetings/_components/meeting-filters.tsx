import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/forms/filter-form';
import { Button, ButtonLink } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { MoreFilters } from '@/components/ui/more-filters';
import { MEETING_KINDS } from '@/db/schema/meetings';
import type { MeetingFilter } from '@/lib/validation/meetings';

interface Props {
  filter: MeetingFilter;
  chains: { id: string; name: string }[];
  teams: { id: string; name: string }[];
  users: { id: string; name: string; teamId: string | null }[];
  /** Officers see their own team's meetings only, so a team filter would offer nothing. */
  showTeam: boolean;
  /** The enterprise of `?enterpriseId=` (set from an enterprise page's "全部拜访" link). */
  enterpriseName: string | null;
}

/** The meeting filters as a GET form: every choice lands in the URL and survives a reload or a shared link. */
export function MeetingFilters({ filter, chains, teams, users, showTeam, enterpriseName }: Props) {
  const t = useTranslations('meetings');
  const tc = useTranslations('common');
  const tk = useTranslations('meetingKind');
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const secondary = Boolean(filter.teamId || filter.userId || filter.chainId);
  return (
    <FilterForm path="/meetings" label={t('filters.label')} className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-7 xl:items-end">
      {filter.enterpriseId && (
        <div className="col-span-2 flex flex-wrap items-center gap-2 text-sm md:col-span-4 xl:col-span-7" data-testid="enterprise-filter">
          <input type="hidden" name="enterpriseId" value={filter.enterpriseId} />
          <span className="text-slate-500">{t('filters.enterprise')}</span>
          <Link href={`/enterprises/${filter.enterpriseId}`} className="font-medium text-brand-700 hover:underline">{enterpriseName ?? filter.enterpriseId.slice(0, 8)}</Link>
          <Link href={`/meetings?${new URLSearchParams(Object.entries({ ...filter, enterpriseId: undefined, after: undefined }).filter((e): e is [string, string] => Boolean(e[1])))}`} className="text-xs text-slate-500 underline">
            {t('filters.clearEnterprise')}
          </Link>
        </div>
      )}
      <TextField label={t('filters.from')} name="from" type="date" defaultValue={filter.from} />
      <TextField label={t('filters.to')} name="to" type="date" defaultValue={filter.to} />
      <div className="col-span-2 md:col-span-1">
        <SelectField label={t('fields.kind')} name="kind" defaultValue={filter.kind ?? ''}>
          <option value="">{t('filters.anyKind')}</option>
          {MEETING_KINDS.map((k) => (
            <option key={k} value={k}>{tk(k)}</option>
          ))}
        </SelectField>
      </div>
      <MoreFilters active={secondary}>
        {showTeam && (
          <SelectField label={t('fields.team')} name="teamId" defaultValue={filter.teamId ?? ''}>
            <option value="">{t('filters.anyTeam')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>{team.name}</option>
            ))}
          </SelectField>
        )}
        <SelectField label={t('filters.officer')} name="userId" defaultValue={filter.userId ?? ''} hint={t('filters.officerHint')}>
          <option value="">{t('filters.anyOfficer')}</option>
          {users.map((u) => {
            const team = u.teamId ? teamName.get(u.teamId) : undefined;
            return (
              <option key={u.id} value={u.id}>{showTeam && team ? `${u.name} · ${team}` : u.name}</option>
            );
          })}
        </SelectField>
        <SelectField label={t('fields.chain')} name="chainId" defaultValue={filter.chainId ?? ''}>
          <option value="">{t('filters.anyChain')}</option>
          {chains.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </SelectField>
      </MoreFilters>
      <div className="col-span-2 flex items-end gap-2 md:col-span-1">
        <Button type="submit">{tc('filter')}</Button>
        <ButtonLink href="/meetings" variant="ghost">{tc('reset')}</ButtonLink>
      </div>
    </FilterForm>
  );
}
