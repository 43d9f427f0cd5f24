import { useTranslations } from 'next-intl';
import { FilterActions } from '@/components/forms/filter-actions';
import { FilterForm } from '@/components/forms/filter-form';
import { TeamOwnerFilterFields } from '@/components/forms/team-owner-filter-fields';
import { ChainFilterFields } from '@/components/chains/chain-filter-fields';
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
        <TeamOwnerFilterFields
          teams={teams}
          owners={owners}
          values={filter}
          showTeam={showTeam}
          labels={{ team: t('lead.fields.team'), owner: t('lead.fields.owner'), anyTeam: f('anyTeam'), anyOwner: f('anyOwner') }}
        />
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
      <FilterActions view={filter.view} sort={filter.sort} resetHref={leadsHref({ view: filter.view })} />
    </FilterForm>
  );
}
