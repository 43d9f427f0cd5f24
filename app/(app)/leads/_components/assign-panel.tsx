'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { assignLead } from '../actions';
import { ownerLabel, ownersFor, type AssignableUser } from './lead-form';
import { StaleNotice } from '@/components/forms/stale-notice';

interface Props {
  lead: { id: string; version: number; teamId: string; teamName: string; ownerId: string; ownerName: string };
  /** Leaders and admins move a lead to another team; an officer reassigns within their own team. */
  teams: { id: string; name: string }[] | null;
  users: AssignableUser[];
}

/** Reassigns a lead's owner (and, for leaders and admins, its team); the change goes into the history. */
export function AssignPanel({ lead, teams, users }: Props) {
  const t = useTranslations();
  const router = useRouter();
  // Navigate from inside the action: the change refreshes the page, which replaces this panel (keyed by version).
  const assign = useCallback(
    async (prev: ActionResult<{ id: string }> | null, data: FormData) => {
      const result = await assignLead(prev, data);
      if (result.ok) router.replace(`/leads/${lead.id}?assigned=1`, { scroll: false });
      return result;
    },
    [lead.id, router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(assign);
  const [teamId, setTeamId] = useState(lead.teamId);
  const [ownerId, setOwnerId] = useState(lead.ownerId);
  const owners = ownersFor(users, teamId);
  // The current owner may since have left the team or been disabled: still show them as the current value.
  const ownerOptions =
    teamId === lead.teamId && !owners.some((u) => u.id === lead.ownerId) ? [{ id: lead.ownerId, name: lead.ownerName, teamId: lead.teamId, role: 'officer' }, ...owners] : owners;
  const unchanged = teamId === lead.teamId && ownerId === lead.ownerId;

  const stale = state && !state.ok && state.error === 'conflict';
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate data-testid="assign-form">
      {stale ? <StaleNotice testId="assign-stale" /> : formError && <Notice tone="error">{formError}</Notice>}
      <input type="hidden" name="id" value={lead.id} />
      <input type="hidden" name="version" value={lead.version} />
      {teams ? (
        <SelectField
          label={t('lead.fields.team')}
          name="teamId"
          id="assign-team"
          value={teamId}
          onChange={(e) => {
            const team = e.target.value;
            setTeamId(team);
            if (!ownersFor(users, team).some((u) => u.id === ownerId)) setOwnerId('');
          }}
          error={fieldError('teamId')}
        >
          {teams.map((team) => (
            <option key={team.id} value={team.id}>{team.name}</option>
          ))}
        </SelectField>
      ) : (
        <div className="space-y-1.5 text-sm">
          <input type="hidden" name="teamId" value={lead.teamId} />
          <p className="font-medium text-slate-700">{t('lead.fields.team')}</p>
          <p className="text-slate-900">{lead.teamName}</p>
          <p className="text-xs text-slate-500">{t('leadDetail.officerTeamOnly')}</p>
        </div>
      )}
      <SelectField label={t('lead.fields.owner')} name="ownerId" id="assign-owner" value={ownerId} onChange={(e) => setOwnerId(e.target.value)} error={fieldError('ownerId')}>
        <option value="" disabled>{t('leadDetail.chooseOwner')}</option>
        {ownerOptions.map((u) => (
          <option key={u.id} value={u.id}>{ownerLabel(u, t(`roles.${u.role}`))}</option>
        ))}
      </SelectField>
      <p className="text-xs text-slate-500">{t('leadDetail.assignHint')}</p>
      <Button type="submit" variant="secondary" disabled={pending || unchanged || !ownerId} aria-busy={pending || undefined}>
        {pending ? t('common.working') : t('leadDetail.assign')}
      </Button>
    </form>
  );
}
