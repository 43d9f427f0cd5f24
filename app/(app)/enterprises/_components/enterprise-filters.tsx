import { useTranslations } from 'next-intl';
import { ChainFilterFields } from '@/components/chains/chain-filter-fields';
import { Button, ButtonLink } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { MoreFilters } from '@/components/ui/more-filters';
import { ENTERPRISE_TAGS } from '@/db/schema/enterprises';
import type { listChainOptions } from '@/db/queries/chains';
import { tagMessageKey } from '@/lib/enterprise-tags';
import { ENTERPRISE_SORTS, type EnterpriseFilter } from '@/lib/validation/enterprises';

interface Props {
  filter: EnterpriseFilter;
  chains: Awaited<ReturnType<typeof listChainOptions>>;
  teams: { id: string; name: string }[];
}

const SORT_LABELS = { created: 'sortCreated', name: 'sortName', capital: 'sortCapital' } as const;

/** The library's filters as a GET form: every choice lands in the URL and survives a reload or a shared link. */
export function EnterpriseFilters({ filter, chains, teams }: Props) {
  const t = useTranslations();
  return (
    <form method="get" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-8 xl:items-end">
      <div className="col-span-2 md:col-span-4 xl:col-span-3">
        <TextField label={t('enterprises.search')} name="q" type="search" defaultValue={filter.q} placeholder={t('enterprises.searchPlaceholder')} />
      </div>
      <MoreFilters active={Boolean(filter.chainId || filter.nodeId || filter.action || filter.tag || filter.teamId || filter.lead || filter.followTeamId || filter.province || filter.city || filter.sort)}>
        <ChainFilterFields
          chains={chains}
          values={filter}
          labels={{
            chain: t('enterprises.chain'),
            node: t('enterprises.node'),
            action: t('enterprises.action'),
            anyChain: t('enterprises.anyChain'),
            anyNode: t('enterprises.anyNode'),
            anyAction: t('enterprises.anyAction'),
          }}
        />
        <SelectField label={t('enterprises.tags')} name="tag" defaultValue={filter.tag ?? ''}>
          <option value="">{t('enterprises.anyTag')}</option>
          {ENTERPRISE_TAGS.map((tag) => (
            <option key={tag} value={tag}>{t(`chain.tag.${tagMessageKey(tag)!}`)}</option>
          ))}
        </SelectField>
        <SelectField label={t('enterprises.team')} name="teamId" defaultValue={filter.teamId ?? ''}>
          <option value="">{t('enterprises.anyTeam')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>{team.name}</option>
          ))}
        </SelectField>
        <SelectField label={t('enterprises.leadStatus')} name="lead" defaultValue={filter.lead ?? ''}>
          <option value="">{t('enterprises.anyLeadStatus')}</option>
          <option value="active">{t('enterprises.leadActive')}</option>
          <option value="none">{t('enterprises.leadNone')}</option>
        </SelectField>
        <SelectField label={t('enterprises.followTeam')} name="followTeamId" defaultValue={filter.followTeamId ?? ''}>
          <option value="">{t('enterprises.anyTeam')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>{team.name}</option>
          ))}
        </SelectField>
        <TextField label={t('enterprises.province')} name="province" defaultValue={filter.province} />
        <TextField label={t('enterprises.city')} name="city" defaultValue={filter.city} />
        <SelectField label={t('enterprises.sort')} name="sort" defaultValue={filter.sort ?? 'created'}>
          {ENTERPRISE_SORTS.map((s) => (
            <option key={s} value={s}>{t(`enterprises.${SORT_LABELS[s]}`)}</option>
          ))}
        </SelectField>
      </MoreFilters>
      {filter.deleted && <input type="hidden" name="deleted" value="1" />}
      <div className="col-span-2 flex items-end gap-2 md:col-span-1">
        <Button type="submit">{t('common.filter')}</Button>
        <ButtonLink href={filter.deleted ? '/enterprises?deleted=1' : '/enterprises'} variant="ghost">{t('common.reset')}</ButtonLink>
      </div>
    </form>
  );
}
