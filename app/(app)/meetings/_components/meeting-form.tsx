'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { ButtonLink } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { MEETING_KINDS } from '@/db/schema/meetings';
import type { ActionResult } from '@/lib/action';
import { EnterprisePicker, type PickedEnterprise } from '../../leads/_components/enterprise-picker';
import { logMeeting } from '../actions';

export interface MeetingFormContext {
  lead: { id: string; projectName: string } | null;
  enterprise: PickedEnterprise | null;
  contacts: { id: string; name: string; title: string }[];
  canAddContact: boolean;
  /** Our colleagues who may be ticked as attendees; the viewer is always one and is not listed. */
  attendees: { id: string; name: string }[];
  owners: { id: string; name: string }[];
  viewerId: string;
  /** Now in Asia/Shanghai, "YYYY-MM-DDTHH:mm". */
  now: string;
  returnTo: string;
  cancelHref: string;
  /** The follow-up this meeting does (from the home page's 记录拜访): saving closes it. */
  followUpId: string | null;
}

type Save = (prev: ActionResult<{ id: string; followUpId: string | null }> | null, input: FormData) => Promise<ActionResult<{ id: string; followUpId: string | null }>>;

// Phone-first: 44px controls on a phone (a thumb's width), the usual 36px from `sm` up.
const TOUCH = 'h-11 text-base sm:h-9 sm:text-sm';

/**
 * Logs a meeting in under a minute from a phone: the time defaults to now and the kind to 外出拜访, so a
 * visit needs only what was said and what happens next. The next step becomes a follow-up for its owner.
 */
export function MeetingForm({ context }: { context: MeetingFormContext }) {
  const t = useTranslations();
  const router = useRouter();
  const { lead, enterprise, returnTo } = context;
  // Navigate from inside the action: the revalidation refreshes this page before an effect could run.
  const save = useCallback<Save>(
    async (prev, data) => {
      const result = await logMeeting(prev, data);
      if (result.ok) router.push(returnTo);
      return result;
    },
    [returnTo, router],
  );
  const { onSubmit, pending, fieldError, formError } = useActionForm(save);
  const [kind, setKind] = useState<(typeof MEETING_KINDS)[number]>('visit_out');
  const m = (key: string, values?: Record<string, string>) => t(`meetings.form.${key}`, values);
  // Errors of the lead/enterprise pair (out of scope, no team) have no field of their own here.
  const contextError = fieldError('leadId') ?? fieldError('enterpriseId');

  const pick = (e: PickedEnterprise | null) => router.replace(e ? `/meetings/new?enterpriseId=${e.id}&picked=1` : '/meetings/new');

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate data-testid="meeting-form">
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {context.followUpId && <input type="hidden" name="followUpId" value={context.followUpId} />}

      <Section title={m('whoSection')}>
        {lead && enterprise ? (
          <div data-testid="meeting-context" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
            <p className="text-xs text-slate-500">{m('forLead')}</p>
            <p className="font-medium text-slate-900">{lead.projectName}</p>
            <p className="text-slate-600">{enterprise.name}</p>
            <input type="hidden" name="leadId" value={lead.id} />
            <input type="hidden" name="enterpriseId" value={enterprise.id} />
          </div>
        ) : (
          <EnterprisePicker value={enterprise} onChange={pick} error={fieldError('enterpriseId')} />
        )}
        {contextError && lead && <p className="text-xs text-red-600">{contextError}</p>}
        {!lead && fieldError('leadId') && <p className="text-xs text-red-600">{fieldError('leadId')}</p>}
      </Section>

      <Section title={m('whenSection')}>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField label={m('occurredAt')} name="occurredAt" type="datetime-local" required defaultValue={context.now} className={TOUCH} error={fieldError('occurredAt')} />
          <TextField label={m('place')} name="place" maxLength={100} placeholder={m('placePlaceholder')} className={TOUCH} error={fieldError('place')} />
        </div>
        <fieldset aria-describedby={fieldError('kind') ? 'kind-error' : undefined}>
          <legend className="mb-1.5 text-sm font-medium text-slate-700">{m('kind')}</legend>
          <div role="radiogroup" aria-label={m('kind')} className="grid grid-cols-3 gap-2 sm:grid-cols-6">
            {MEETING_KINDS.map((k) => (
              <label
                key={k}
                className={cn(
                  'flex h-11 cursor-pointer items-center justify-center rounded-md border px-2 text-center text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-300 sm:h-9',
                  kind === k ? 'border-brand-600 bg-brand-50 font-medium text-brand-800' : 'border-slate-300 bg-white text-slate-700',
                )}
              >
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="sr-only" />
                {t(`meetingKind.${k}`)}
              </label>
            ))}
          </div>
          {fieldError('kind') && <p id="kind-error" className="mt-1 text-xs text-red-600">{fieldError('kind')}</p>}
        </fieldset>
      </Section>

      <Section title={m('attendeesSection')}>
        {enterprise && (
          <fieldset aria-describedby={fieldError('contactIds') ? 'contactIds-error' : undefined}>
            <legend className="mb-1.5 text-sm font-medium text-slate-700">{m('theirAttendees', { enterprise: enterprise.name })}</legend>
            {context.contacts.length === 0 ? (
              <p className="text-sm text-slate-500">{m('noContacts')}</p>
            ) : (
              <CheckList name="contactIds" options={context.contacts.map((c) => ({ value: c.id, label: c.title ? `${c.name}（${c.title}）` : c.name }))} />
            )}
            {fieldError('contactIds') && <p id="contactIds-error" className="mt-1 text-xs text-red-600">{fieldError('contactIds')}</p>}
          </fieldset>
        )}
        {context.canAddContact && (
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <TextField label={m('newContactName')} name="newContactName" maxLength={30} autoComplete="off" className={TOUCH} error={fieldError('newContactName')} />
            <TextField label={m('newContactMobile')} name="newContactMobile" type="tel" inputMode="tel" autoComplete="off" className={TOUCH} error={fieldError('newContactMobile')} />
          </div>
        )}
        <fieldset aria-describedby={fieldError('attendeeIds') ? 'attendeeIds-error' : 'attendeeIds-hint'}>
          <legend className="mb-1.5 text-sm font-medium text-slate-700">{m('ourAttendees')}</legend>
          {context.attendees.length > 0 && <CheckList name="attendeeIds" options={context.attendees.map((u) => ({ value: u.id, label: u.name }))} />}
          <p id="attendeeIds-hint" className="mt-1 text-xs text-slate-500">{m('youAttend')}</p>
          {fieldError('attendeeIds') && <p id="attendeeIds-error" className="mt-1 text-xs text-red-600">{fieldError('attendeeIds')}</p>}
        </fieldset>
      </Section>

      <Section title={m('contentSection')}>
        <TextAreaField label={m('summary')} name="summary" rows={4} required maxLength={4000} placeholder={m('summaryPlaceholder')} className="text-base sm:text-sm" error={fieldError('summary')} />
        <TextAreaField label={m('outcome')} name="outcome" rows={2} maxLength={2000} placeholder={m('outcomePlaceholder')} className="text-base sm:text-sm" error={fieldError('outcome')} />
      </Section>

      <Section title={m('nextSection')}>
        <TextField label={m('nextStep')} name="nextStep" maxLength={200} placeholder={m('nextStepPlaceholder')} className={TOUCH} hint={m('nextStepHint')} error={fieldError('nextStep')} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField label={m('nextStepOwner')} name="nextStepOwnerId" defaultValue={context.viewerId} className={TOUCH} error={fieldError('nextStepOwnerId')}>
            {context.owners.map((u) => (
              <option key={u.id} value={u.id}>{u.id === context.viewerId ? m('me', { name: u.name }) : u.name}</option>
            ))}
          </SelectField>
          <TextField label={m('nextStepDue')} name="nextStepDue" type="date" min={context.now.slice(0, 10)} className={TOUCH} error={fieldError('nextStepDue')} />
        </div>
      </Section>

      <div className="flex flex-col-reverse gap-2 border-t border-slate-100 pt-4 sm:flex-row sm:justify-end">
        <ButtonLink href={context.cancelHref} variant="ghost" className="h-11 sm:h-9">{t('common.cancel')}</ButtonLink>
        <div className="[&>button]:h-11 [&>button]:w-full sm:[&>button]:h-9 sm:[&>button]:w-auto">
          <SubmitButton pending={pending}>{m('submit')}</SubmitButton>
        </div>
      </div>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-4">
      <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** Checkboxes as large tappable chips (a phone has no hover and a fat finger). */
function CheckList({ name, options }: { name: string; options: { value: string; label: string }[] }) {
  return (
    <div className="flex flex-wrap gap-2">
      {options.map((o) => (
        <label
          key={o.value}
          className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-700 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-800 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-300 sm:min-h-9"
        >
          <input type="checkbox" name={name} value={o.value} className="size-4 accent-brand-600" />
          {o.label}
        </label>
      ))}
    </div>
  );
}
