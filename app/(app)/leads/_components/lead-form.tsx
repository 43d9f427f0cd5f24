'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState, useTransition, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { ButtonLink } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { listChainOptions } from '@/db/queries/chains';
import type { LeadDetail } from '@/db/queries/leads';
import { CHAIN_ACTIONS } from '@/db/schema/enterprises';
import { LEAD_PRIORITIES, SOURCE_METHODS } from '@/db/schema/leads';
import type { Role } from '@/db/schema/users';
import type { ActionResult } from '@/lib/action';
import { missingForStage, PIPELINE, type GateField } from '@/lib/lead-stages';
import { checkLeadConflicts, createLead, updateLead } from '../actions';
import { ConflictWarning } from './conflict-warning';
import { EnterprisePicker, type PickedEnterprise } from './enterprise-picker';
import { StaleNotice } from '@/components/forms/stale-notice';

export interface AssignableUser {
  id: string;
  name: string;
  teamId: string | null;
  role: string;
}

interface CreateProps {
  chains: Awaited<ReturnType<typeof listChainOptions>>;
  viewer: { id: string; role: Role; teamId: string | null };
  /** Given to admins and leaders, who choose the team; an officer's lead is their own team's. */
  teams?: { id: string; name: string }[];
  users: AssignableUser[];
  /** From `?enterpriseId=` (enterprise page, chain map). */
  initialEnterprise?: PickedEnterprise | null;
  lead?: undefined;
}

interface EditProps {
  chains: Awaited<ReturnType<typeof listChainOptions>>;
  lead: LeadDetail;
}

type Mode = 'existing' | 'new';
// Create answers { id, conflict }, edit { id }: the form needs only the id.
type SaveAction = (prev: ActionResult<{ id: string }> | null, input: FormData) => Promise<ActionResult<{ id: string }>>;

/** Who may own a lead of the team: its officers, and the leaders and admins (they own across teams). */
export function ownersFor(users: AssignableUser[], teamId: string): AssignableUser[] {
  return users.filter((u) => u.teamId === teamId || u.role === 'leader' || u.role === 'admin');
}

/** An owner option: leaders and admins carry their role, unless their name already says it. */
export function ownerLabel(u: AssignableUser, roleName: string): string {
  return u.role === 'officer' || u.name === roleName ? u.name : `${u.name}（${roleName}）`;
}

/**
 * Creates a lead (for an enterprise from the library or one typed in) or edits one. Creating warns of
 * 撞单 as soon as an enterprise is chosen; editing posts the version it was loaded with, so a second
 * editor gets "changed by someone else" rather than overwriting.
 */
export function LeadForm(props: CreateProps | EditProps) {
  const t = useTranslations();
  const router = useRouter();
  const lead = props.lead;
  const create = lead ? null : (props as CreateProps);
  const leadId = lead?.id;
  // Navigate from inside the action, not from an effect: the save refreshes the page, and the edit form
  // (keyed by the lead's version) is replaced before an effect of this instance could run.
  const save = useCallback<SaveAction>(
    async (prev, data) => {
      const result = await (leadId ? updateLead : (createLead as SaveAction))(prev, data);
      if (result.ok) {
        if (leadId) router.replace(`/leads/${leadId}?saved=1`, { scroll: false });
        else router.push(`/leads/${result.data.id}?created=1`);
      }
      return result;
    },
    [leadId, router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(save);

  const [mode, setMode] = useState<Mode>('existing');
  const [enterprise, setEnterprise] = useState<PickedEnterprise | null>(create?.initialEnterprise ?? null);
  const [teamId, setTeamId] = useState(create?.viewer.role === 'officer' ? (create.viewer.teamId ?? '') : '');
  const [ownerId, setOwnerId] = useState(create?.viewer.id ?? '');
  const [followers, setFollowers] = useState<{ teamName: string; ownerName: string }[]>([]);
  const [, startCheck] = useTransition();

  const refused = !state?.ok && state?.fieldErrors?.enterpriseId?.[0] === 'leadConflict';
  // 撞单 check: as soon as an enterprise is chosen, again when an admin changes the team, and when the
  // server refused the save (another team may have started on the enterprise since the last check).
  const enterpriseId = mode === 'existing' ? enterprise?.id : undefined;
  useEffect(() => {
    if (lead || !enterpriseId) return;
    let current = true;
    startCheck(async () => {
      const result = await checkLeadConflicts(null, { enterpriseId, teamId: teamId || undefined });
      if (current) setFollowers(result.ok ? result.data : []);
    });
    return () => {
      current = false;
    };
  }, [lead, enterpriseId, teamId, refused]);

  const showConflict = !lead && mode === 'existing' && Boolean(enterprise) && (followers.length > 0 || refused);
  const owners = create && teamId ? ownersFor(create.users, teamId) : (create?.users ?? []);
  const stale = state && !state.ok && state.error === 'conflict';

  // Edit: fields the current stage requires (keep them filled), and fields the next stage will ask for.
  const requiredNow: GateField[] = lead ? missingForStage({ nodeId: null, chainAction: null, intendedInvestment: null, meetings: null }, lead.stage) : [];
  const next = lead && PIPELINE.includes(lead.stage) ? PIPELINE[PIPELINE.indexOf(lead.stage) + 1] : undefined;
  const neededNext: GateField[] = (next && lead?.gates[next]) || [];
  const gateHint = (field: GateField) =>
    neededNext.includes(field) && next ? t('leadForm.neededFor', { stage: t(`lead.stage.${next}`) }) : undefined;
  const f = (key: string) => t(`lead.fields.${key}`);

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate data-testid={lead ? 'lead-edit-form' : 'lead-create-form'}>
      {stale ? <StaleNotice testId="stale-notice" /> : formError && !refused && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {lead && (
        <>
          <input type="hidden" name="id" value={lead.id} />
          <input type="hidden" name="version" value={lead.version} />
        </>
      )}

      {create && (
        <Section title={f('enterprise')}>
          <div role="radiogroup" aria-label={f('enterprise')} className="inline-flex rounded-md border border-slate-300 bg-slate-50 p-0.5 text-sm">
            {(['existing', 'new'] as const).map((m) => (
              <label
                key={m}
                className={cn(
                  'cursor-pointer rounded px-3 py-1.5 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-300',
                  mode === m ? 'bg-white font-medium text-brand-700 shadow-xs' : 'text-slate-600',
                )}
              >
                <input type="radio" name="enterpriseMode" value={m} checked={mode === m} onChange={() => setMode(m)} className="sr-only" />
                {t(m === 'existing' ? 'leadForm.existingEnterprise' : 'leadForm.newEnterprise')}
              </label>
            ))}
          </div>
          {mode === 'existing' ? (
            <div className="max-w-2xl space-y-3">
              <EnterprisePicker
                value={enterprise}
                onChange={(e) => {
                  setEnterprise(e);
                  setFollowers([]);
                }}
                error={refused ? undefined : fieldError('enterpriseId')}
              />
              {/* Keyed by enterprise: a new choice must be acknowledged again. */}
              {showConflict && <ConflictWarning key={enterprise?.id} followers={followers} refused={refused} />}
            </div>
          ) : (
            <div className="grid grid-cols-1 max-w-2xl gap-4 sm:grid-cols-2">
              <TextField label={t('leadForm.newEnterpriseName')} name="newEnterpriseName" required error={fieldError('newEnterpriseName') ?? fieldError('enterpriseId')} />
              <TextField
                label={t('leadForm.newEnterpriseUscc')}
                name="newEnterpriseUscc"
                autoCapitalize="characters"
                className="font-mono"
                error={fieldError('newEnterpriseUscc')}
              />
              <p className="text-xs text-slate-500 sm:col-span-2">{t('leadForm.newEnterpriseHint')}</p>
            </div>
          )}
        </Section>
      )}

      <Section title={t('leadForm.projectSection')}>
        <TextField label={f('projectName')} name="projectName" defaultValue={lead?.projectName} required maxLength={100} error={fieldError('projectName')} />
        <TextAreaField label={f('content')} name="content" rows={3} defaultValue={lead?.content} maxLength={2000} error={fieldError('content')} />
      </Section>

      <Section title={t('leadForm.chainSection')} grid>
        <SelectField
          label={f('node')}
          name="nodeId"
          defaultValue={lead?.nodeId ?? ''}
          required={requiredNow.includes('nodeId')}
          hint={gateHint('nodeId') ?? (create ? t('leadForm.fromEnterpriseHint') : undefined)}
          error={fieldError('nodeId')}
        >
          <option value="">{t('leadForm.noneSelected')}</option>
          {props.chains
            .filter((c) => c.nodes.length > 0)
            .map((c) => (
              <optgroup key={c.id} label={c.name}>
                {c.nodes.map((n) => (
                  <option key={n.id} value={n.id}>{t(`chain.position.${n.position}`)} · {n.name}</option>
                ))}
              </optgroup>
            ))}
        </SelectField>
        <SelectField
          label={f('chainAction')}
          name="chainAction"
          defaultValue={lead?.chainAction ?? ''}
          required={requiredNow.includes('chainAction')}
          hint={gateHint('chainAction') ?? (create ? t('leadForm.fromEnterpriseHint') : undefined)}
          error={fieldError('chainAction')}
        >
          <option value="">{t('leadForm.noneSelected')}</option>
          {CHAIN_ACTIONS.map((a) => (
            <option key={a} value={a}>{t(`chain.action.${a}`)}</option>
          ))}
        </SelectField>
      </Section>

      <Section title={t('leadForm.sizeSection')} grid>
        <TextField
          label={f('intendedInvestment')}
          name="intendedInvestment"
          inputMode="decimal"
          defaultValue={lead?.intendedInvestment ?? ''}
          required={requiredNow.includes('intendedInvestment')}
          hint={gateHint('intendedInvestment')}
          error={fieldError('intendedInvestment')}
        />
        <TextField label={f('landArea')} name="landArea" inputMode="decimal" defaultValue={lead?.landArea ?? ''} error={fieldError('landArea')} />
        <TextField label={f('expectedJobs')} name="expectedJobs" inputMode="numeric" defaultValue={lead?.expectedJobs ?? ''} error={fieldError('expectedJobs')} />
      </Section>

      <Section title={t('leadForm.sourceSection')} grid>
        <SelectField label={f('sourceMethod')} name="sourceMethod" defaultValue={lead?.sourceMethod ?? ''} error={fieldError('sourceMethod')}>
          <option value="">{t('leadForm.noneSelected')}</option>
          {SOURCE_METHODS.map((m) => (
            <option key={m} value={m}>{t(`lead.method.${m}`)}</option>
          ))}
        </SelectField>
        <TextField label={f('sourceDetail')} name="sourceDetail" defaultValue={lead?.sourceDetail} maxLength={100} error={fieldError('sourceDetail')} />
      </Section>

      <Section title={t('leadForm.followSection')} grid>
        {create?.teams && (
          <SelectField
            label={f('team')}
            name="teamId"
            value={teamId}
            required
            onChange={(e) => {
              const team = e.target.value;
              setTeamId(team);
              // The viewer (an admin here) may own a lead of any team: the fallback when the owner no longer fits.
              if (team && !ownersFor(create.users, team).some((u) => u.id === ownerId)) setOwnerId(create.viewer.id);
            }}
            error={fieldError('teamId')}
          >
            <option value="">{t('leadForm.chooseTeam')}</option>
            {create.teams.map((team) => (
              <option key={team.id} value={team.id}>{team.name}</option>
            ))}
          </SelectField>
        )}
        {create && (
          <SelectField label={f('owner')} name="ownerId" value={ownerId} onChange={(e) => setOwnerId(e.target.value)} hint={t('leadForm.ownerHint')} error={fieldError('ownerId')}>
            {owners.map((u) => (
              <option key={u.id} value={u.id}>{ownerLabel(u, t(`roles.${u.role}`))}</option>
            ))}
          </SelectField>
        )}
        <SelectField label={f('priority')} name="priority" defaultValue={lead?.priority ?? 'medium'} error={fieldError('priority')}>
          {LEAD_PRIORITIES.map((p) => (
            <option key={p} value={p}>{t(`lead.priority.${p}`)}</option>
          ))}
        </SelectField>
        <TextField
          label={f('expectedSigningMonth')}
          name="expectedSigningMonth"
          type="month"
          placeholder="YYYY-MM"
          defaultValue={lead?.expectedSigningMonth?.slice(0, 7) ?? ''}
          error={fieldError('expectedSigningMonth')}
        />
      </Section>

      <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
        <SubmitButton pending={pending}>{lead ? t('common.save') : t('leadForm.create')}</SubmitButton>
        {create && (
          <ButtonLink href={create.initialEnterprise ? `/enterprises/${create.initialEnterprise.id}` : '/leads'} variant="ghost">{t('common.cancel')}</ButtonLink>
        )}
      </div>
    </form>
  );
}

function Section({ title, grid, children }: { title: string; grid?: boolean; children: ReactNode }) {
  return (
    <fieldset className="space-y-3">
      <legend className="mb-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</legend>
      {grid ? <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</div> : children}
    </fieldset>
  );
}
