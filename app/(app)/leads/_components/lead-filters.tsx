import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/forms/filter-form';
import { ChainFilterFields } from '@/components/chains/chain-filter-fields';
import { Button, ButtonLink } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { MoreFilters } from '@/components/ui/more-filters';
import type { listChainOptions } from '@/db/queries/chains';
import { LEAD_STAGES, SOURCE_METHODS } from '@/db/schema/leads';
import type { LeadFilter } from '@/lib/validation/leads';
import { leadsHref } from './view-switch';

interface Props {
  filter: LeadFilter;
  chains: Awaited<ReturnType<typeof listChainOptions>>;
  teams: { id: string; name: string }[];
  owners: { id: string; name: string; teamId: string | null }[];
  /** Officers see their own team's leads only, so a team filter would offer nothing. */
  showTeam: boolean;
}

/** Presets for "no activity for more than N days"; a value typed into the URL is kept as an extra option. */
const IDLE_PRESETS = [7, 14, 30, 60, 90, 180];

/** The lead filters as a GET form: every choice lands in the URL and survives a reload or a shared link. */
export function LeadFilters({ filter, chains, teams, owners, showTeam }: Props) {
  const t = useTranslations();
  const f = (key: string) => t(`leads.filters.${key}`);
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const idleOptions = filter.idleDays && !IDLE_PRESETS.includes(filter.idleDays) ? [...IDLE_PRESETS, filter.idleDays].sort((a, b) => a - b) : IDLE_PRESETS;
  const secondary = Boolean(
    filter.chainId || filter.nodeId || filter.action || filter.method || filter.teamId || filter.ownerId || filter.minAmount !== undefined || filter.maxAmount !== undefined || filter.idleDays || filter.stalled || filter.conflict,
  );
  return (
    <FilterForm path="/leads" label={f('label')} className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-6 xl:items-end">
      <div className="col-span-2">
        <TextField label={f('search')} name="q" type="search" defaultValue={filter.q} placeholder={f('searchPlaceholder')} />
      </div>
      <div className="col-span-2 md:col-span-1">
        <SelectField label={t('lead.fields.stage')} name="stage" defaultValue={filter.stage ?? ''}>
          <option value="">{f('anyStage')}</option>
          {LEAD_STAGES.map((s) => (
            <option key={s} value={s}>{t(`lead.stage.${s}`)}</option>
          ))}
        </SelectField>
      </div>
      <MoreFilters active={secondary}>
        <ChainFilterFields
          chains={chains}
          values={filter}
          labels={{
            chain: t('lead.fields.chain'),
            node: t('lead.fields.node'),
            action: t('lead.fields.chainAction'),
            anyChain: f('anyChain'),
            anyNode: f('anyNode'),
            anyAction: f('anyAction'),
          }}
        />
        <SelectField label={t('lead.fields.sourceMethod')} name="method" defaultValue={filter.method ?? ''}>
          <option value="">{f('anyMethod')}</option>
          {SOURCE_METHODS.map((m) => (
            <option key={m} value={m}>{t(`lead.method.${m}`)}</option>
          ))}
        </SelectField>
        {showTeam && (
          <SelectField label={t('lead.fields.team')} name="teamId" defaultValue={filter.teamId ?? ''}>
            <option value="">{f('anyTeam')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>{team.name}</option>
            ))}
          </SelectField>
        )}
        <SelectField label={t('lead.fields.owner')} name="ownerId" defaultValue={filter.ownerId ?? ''}>
          <option value="">{f('anyOwner')}</option>
          {owners.map((o) => {
            const team = o.teamId ? teamName.get(o.teamId) : undefined;
            return (
              <option key={o.id} value={o.id}>{showTeam && team ? `${o.name} · ${team}` : o.name}</option>
            );
          })}
        </SelectField>
        <TextField label={f('minAmount')} name="minAmount" type="number" min={0} step="any" inputMode="decimal" defaultValue={filter.minAmount} />
        <TextField label={f('maxAmount')} name="maxAmount" type="number" min={0} step="any" inputMode="decimal" defaultValue={filter.maxAmount} />
        <SelectField label={f('idle')} name="idleDays" defaultValue={filter.idleDays ? String(filter.idleDays) : ''}>
          <option value="">{f('anyIdle')}</option>
          {idleOptions.map((days) => (
            <option key={days} value={days}>{t('leads.filters.idleDays', { days })}</option>
          ))}
        </SelectField>
        <fieldset className="col-span-2 md:col-span-1 xl:col-span-1">
          <legend className="mb-1.5 text-sm font-medium text-slate-700">{f('flags')}</legend>
          <div className="flex min-h-9 flex-wrap items-center gap-x-4 gap-y-1">
            <label className="inline-flex items-center gap-1.5 text-sm whitespace-nowrap text-slate-700">
              <input type="checkbox" name="stalled" value="1" defaultChecked={Boolean(filter.stalled)} className="size-4 accent-brand-600" />
              {f('stalledOnly')}
            </label>
            <label className="inline-flex items-center gap-1.5 text-sm whitespace-nowrap text-slate-700">
              <input type="checkbox" name="conflict" value="1" defaultChecked={Boolean(filter.conflict)} className="size-4 accent-brand-600" />
              {f('conflictOnly')}
            </label>
          </div>
        </fieldset>
      </MoreFilters>
      {filter.view && <input type="hidden" name="view" value={filter.view} />}
      {filter.view === 'table' && filter.sort && <input type="hidden" name="sort" value={filter.sort} />}
      <div className="col-span-2 flex items-end gap-2 md:col-span-1">
        <Button type="submit">{t('common.filter')}</Button>
        <ButtonLink href={leadsHref({ view: filter.view })} variant="ghost">{t('common.reset')}</ButtonLink>
      </div>
    </FilterForm>
  );
}
