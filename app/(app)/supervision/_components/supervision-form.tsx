'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ActionResult } from '@/lib/action';
import { createSupervision } from '../actions';

interface Props {
  record: { leadId: string | null; projectId: string | null; teamId: string };
  teams: { id: string; name: string }[];
  officers: { id: string; name: string; teamId: string }[];
  /** Today in the zone: the deadline's default minimum (a past date stays possible for a late entry). */
  today: string;
}

type CreateAction = (prev: ActionResult<{ id: string }> | null, input: FormData) => Promise<ActionResult<{ id: string }>>;

/** 交办督办事项: the team (the record's own by default), optionally one of its officers, the instruction and a deadline. */
export function SupervisionForm({ record, teams, officers, today }: Props) {
  const t = useTranslations('supervision');
  const router = useRouter();
  const create = useCallback<CreateAction>(
    async (prev, data) => {
      const result = await createSupervision(prev, data);
      if (result.ok) router.push(`/supervision/${result.data.id}?created=1`);
      return result;
    },
    [router],
  );
  const { onSubmit, pending, fieldError, formError } = useActionForm(create);
  const [teamId, setTeamId] = useState(record.teamId);
  const [assigneeId, setAssigneeId] = useState('');
  const teamOfficers = officers.filter((o) => o.teamId === teamId);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" aria-label={t('new.title')}>
      {formError && <Notice tone="error">{formError}</Notice>}
      <input type="hidden" name="leadId" value={record.leadId ?? ''} />
      <input type="hidden" name="projectId" value={record.projectId ?? ''} />
      <TextAreaField label={t('fields.title')} name="title" required rows={3} maxLength={500} error={fieldError('title')} hint={t('new.titleHint')} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <SelectField
          label={t('fields.team')}
          name="teamId"
          value={teamId}
          onChange={(e) => {
            setTeamId(e.target.value);
            setAssigneeId('');
          }}
          error={fieldError('teamId')}
        >
          {teams.map((team) => (
            <option key={team.id} value={team.id}>{team.name}</option>
          ))}
        </SelectField>
        <SelectField label={t('fields.assignee')} name="assigneeId" value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)} error={fieldError('assigneeId')}>
          <option value="">{t('wholeTeam')}</option>
          {teamOfficers.map((o) => (
            <option key={o.id} value={o.id}>{o.name}</option>
          ))}
        </SelectField>
        <TextField label={t('fields.deadline')} name="deadline" type="date" required defaultValue={today} error={fieldError('deadline')} />
      </div>
      {fieldError('leadId') && <Notice tone="error">{fieldError('leadId')}</Notice>}
      <SubmitButton pending={pending}>{t('new.submit')}</SubmitButton>
    </form>
  );
}
