'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ActionResult } from '@/lib/action';
import { acceptIntake, declineIntake } from '../actions';
import { EnterprisePicker } from './enterprise-picker';

export interface PendingItem {
  id: string;
  version: number;
  enterpriseName: string;
  uscc: string | null;
  contactName: string;
  contactPhone: string;
  projectHint: string;
  submitterName: string;
  submittedOn: string;
}

type UserOption = { id: string; name: string; teamId: string | null; role: string };

interface Props {
  item: PendingItem;
  teams: { id: string; name: string }[];
  users: UserOption[];
  /** An officer's own team: the only one they may accept into. */
  fixedTeamId: string | null;
  viewerId: string;
  /** Linking needs the enterprise search, which is for roles that write leads; others create from the item. */
  canPickEnterprise: boolean;
}

/** One waiting submission: what the liaison reported, and the accept and decline forms that open in place. */
export function IntakeDecision({ item, teams, users, fixedTeamId, viewerId, canPickEnterprise }: Props) {
  const t = useTranslations('intake');
  const [open, setOpen] = useState<'accept' | 'decline' | null>(null);
  const panelId = `intake-${item.id}-panel`;
  const toggle = (which: 'accept' | 'decline') => setOpen((v) => (v === which ? null : which));

  return (
    <article aria-labelledby={`intake-${item.id}-name`} className="rounded-lg border border-slate-200 bg-white shadow-xs">
      <div className="flex flex-wrap items-start justify-between gap-3 p-4">
        <div className="min-w-0 flex-1 space-y-1.5 text-sm">
          <h3 id={`intake-${item.id}-name`} className="text-base font-semibold wrap-anywhere text-slate-900">{item.enterpriseName}</h3>
          <p className="text-xs text-slate-500">{t('submittedLine', { name: item.submitterName, date: item.submittedOn })}</p>
          <p className="whitespace-pre-line text-slate-800">{item.projectHint}</p>
          <dl className="flex flex-wrap gap-x-5 gap-y-1 text-slate-600">
            {item.uscc && (
              <div className="flex gap-1.5">
                <dt className="text-slate-500">{t('uscc')}</dt>
                <dd className="font-mono break-all">{item.uscc}</dd>
              </div>
            )}
            {(item.contactName || item.contactPhone) && (
              <div className="flex gap-1.5">
                <dt className="text-slate-500">{t('contact')}</dt>
                <dd>
                  {item.contactName}
                  {item.contactPhone && (
                    <a href={`tel:${item.contactPhone}`} className="ml-1.5 tabular-nums text-brand-700 hover:underline">{item.contactPhone}</a>
                  )}
                </dd>
              </div>
            )}
          </dl>
        </div>
        <div className="flex gap-2">
          <Button variant={open === 'accept' ? 'primary' : 'secondary'} aria-expanded={open === 'accept'} aria-controls={panelId} onClick={() => toggle('accept')} aria-label={t('acceptFor', { name: item.enterpriseName })}>
            {t('accept')}
          </Button>
          <Button variant="secondary" aria-expanded={open === 'decline'} aria-controls={panelId} onClick={() => toggle('decline')} aria-label={t('declineFor', { name: item.enterpriseName })}>
            {t('decline')}
          </Button>
        </div>
      </div>
      <div id={panelId}>
        {open === 'accept' && <AcceptForm item={item} teams={teams} users={users} fixedTeamId={fixedTeamId} viewerId={viewerId} canPickEnterprise={canPickEnterprise} onCancel={() => setOpen(null)} />}
        {open === 'decline' && <DeclineForm item={item} onCancel={() => setOpen(null)} />}
      </div>
    </article>
  );
}

function AcceptForm({ item, teams, users, fixedTeamId, viewerId, canPickEnterprise, onCancel }: Omit<Props, 'item'> & { item: PendingItem; onCancel: () => void }) {
  const t = useTranslations('intake');
  const router = useRouter();
  // Navigate from inside the action: the refreshed queue no longer holds this item, so this form is gone
  // before an effect watching the result could run.
  const accept = useCallback(
    async (prev: ActionResult<{ leadId: string }> | null, input: FormData) => {
      const result = await acceptIntake(prev, input);
      if (result.ok) router.push(`/leads/intake?accepted=${result.data.leadId}`);
      return result;
    },
    [router],
  );
  const { onSubmit, pending, fieldError, formError } = useActionForm(accept);
  const ownerFor = (team: string) => (users.some((u) => u.id === viewerId && u.teamId === team) ? viewerId : '');
  const [teamId, setTeamId] = useState(fixedTeamId ?? '');
  const [ownerId, setOwnerId] = useState(() => ownerFor(fixedTeamId ?? ''));
  const [mode, setMode] = useState<'create' | 'link'>('create');
  const [enterpriseId, setEnterpriseId] = useState('');
  const [pickMissing, setPickMissing] = useState(false);
  const prefix = `accept-${item.id}`;

  // Owners are the chosen team's members; leaders and admins may own a lead of any team.
  const members = users.filter((u) => teamId && u.teamId === teamId);
  const others = users.filter((u) => (u.role === 'leader' || u.role === 'admin') && u.teamId !== teamId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    // Without a chosen enterprise the server would create a new one: never do that silently.
    if (mode === 'link' && !enterpriseId) {
      event.preventDefault();
      setPickMissing(true);
      return;
    }
    onSubmit(event);
  };

  return (
    <form onSubmit={submit} className="space-y-4 border-t border-slate-100 bg-slate-50/60 p-4" noValidate aria-label={t('acceptFor', { name: item.enterpriseName })}>
      {formError && <Notice tone="error" testId="accept-error">{formError}</Notice>}
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          label={t('team')}
          name="teamId"
          id={`${prefix}-team`}
          required
          value={teamId}
          onChange={(e) => {
            setTeamId(e.target.value);
            setOwnerId(ownerFor(e.target.value));
          }}
          hint={fixedTeamId ? t('ownTeamOnly') : undefined}
          error={fieldError('teamId')}
        >
          {!fixedTeamId && <option value="">{t('chooseTeam')}</option>}
          {teams.map((team) => (
            <option key={team.id} value={team.id}>{team.name}</option>
          ))}
        </SelectField>
        <SelectField
          label={t('owner')}
          name="ownerId"
          id={`${prefix}-owner`}
          required
          value={ownerId}
          onChange={(e) => setOwnerId(e.target.value)}
          disabled={!teamId}
          hint={teamId ? undefined : t('chooseTeamFirst')}
          error={fieldError('ownerId')}
        >
          <option value="">{t('chooseOwner')}</option>
          {members.length > 0 && (
            <optgroup label={t('teamMembers')}>
              {members.map((u) => (
                <option key={u.id} value={u.id}>{u.name}</option>
              ))}
            </optgroup>
          )}
          {others.length > 0 && (
            <optgroup label={t('leaders')}>
              {others.map((u) => (
                <option key={u.id} value={u.id}>{u.name}</option>
              ))}
            </optgroup>
          )}
        </SelectField>
      </div>
      <fieldset className="space-y-2">
        <legend className="mb-1.5 text-sm font-medium text-slate-700">{t('enterprise')}</legend>
        {canPickEnterprise ? (
          <>
            <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-5">
              <label className="inline-flex items-center gap-1.5 text-sm text-slate-700">
                <input type="radio" name={`${prefix}-mode`} checked={mode === 'create'} onChange={() => setMode('create')} className="size-4 accent-brand-600" />
                {t('createFromItem')}
              </label>
              <label className="inline-flex items-center gap-1.5 text-sm text-slate-700">
                <input type="radio" name={`${prefix}-mode`} checked={mode === 'link'} onChange={() => setMode('link')} className="size-4 accent-brand-600" />
                {t('linkExisting')}
              </label>
            </div>
            {mode === 'link' ? (
              <EnterprisePicker
                idPrefix={prefix}
                initialQuery={item.uscc ?? item.enterpriseName}
                value={enterpriseId}
                onChange={(id) => {
                  setEnterpriseId(id);
                  setPickMissing(false);
                }}
                error={pickMissing ? t('pickRequired') : fieldError('enterpriseId')}
              />
            ) : (
              <CreateNote item={item} error={fieldError('enterpriseId')} />
            )}
          </>
        ) : (
          <CreateNote item={item} error={fieldError('enterpriseId')} />
        )}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending}>{t('acceptConfirm')}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}

/** What "create from the item" will make, and why it may fail (the reported USCC is already in the library). */
function CreateNote({ item, error }: { item: PendingItem; error?: string }) {
  const t = useTranslations('intake');
  return (
    <div className="space-y-1">
      <p className="text-sm text-slate-600">
        {t('createNote', { name: item.enterpriseName })}
        {item.uscc && <span className="ml-1 font-mono text-xs">({item.uscc})</span>}
      </p>
      {error && <p className="text-xs text-red-600" role="alert">{error}</p>}
    </div>
  );
}

function DeclineForm({ item, onCancel }: { item: PendingItem; onCancel: () => void }) {
  const t = useTranslations('intake');
  const router = useRouter();
  // As for accepting: the declined item leaves the queue together with this form.
  const decline = useCallback(
    async (prev: ActionResult<{ id: string }> | null, input: FormData) => {
      const result = await declineIntake(prev, input);
      if (result.ok) router.push('/leads/intake?declined=1');
      return result;
    },
    [router],
  );
  const { onSubmit, pending, fieldError, formError } = useActionForm(decline);

  return (
    <form onSubmit={onSubmit} className="space-y-4 border-t border-slate-100 bg-slate-50/60 p-4" noValidate aria-label={t('declineFor', { name: item.enterpriseName })}>
      {formError && <Notice tone="error" testId="decline-error">{formError}</Notice>}
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      <TextAreaField label={t('reason')} name="reason" id={`decline-${item.id}-reason`} required maxLength={500} rows={3} hint={t('reasonHint')} error={fieldError('reason')} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} variant="danger">{t('declineConfirm')}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
