'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ContactRow } from '@/db/queries/contacts';
import { createContact, updateContact } from '../actions';

/** Add a contact to an enterprise, or edit one; closes itself after saving. */
export function ContactForm({ enterpriseId, contact, onDone }: { enterpriseId: string; contact?: ContactRow; onDone: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(contact ? updateContact : createContact);
  useEffect(() => {
    if (!state?.ok) return;
    router.refresh();
    onDone();
  }, [state, router, onDone]);
  // Field ids must be unique on a page that can hold several contact forms.
  const id = (name: string) => `${contact?.id ?? 'new'}-${name}`;
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3" noValidate>
      {formError && <Notice tone="error">{formError}</Notice>}
      {contact ? (
        <>
          <input type="hidden" name="id" value={contact.id} />
          <input type="hidden" name="version" value={contact.version} />
        </>
      ) : (
        <input type="hidden" name="enterpriseId" value={enterpriseId} />
      )}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <TextField label={t('contacts.name')} id={id('name')} name="name" defaultValue={contact?.name} required error={fieldError('name')} />
        <TextField label={t('contacts.title')} id={id('title')} name="title" defaultValue={contact?.title} error={fieldError('title')} />
        <TextField label={t('contacts.mobile')} id={id('mobile')} name="mobile" type="tel" inputMode="numeric" defaultValue={contact?.mobile} error={fieldError('mobile')} />
        <TextField label={t('contacts.phone')} id={id('phone')} name="phone" type="tel" defaultValue={contact?.phone} error={fieldError('phone')} />
        <TextField label={t('contacts.email')} id={id('email')} name="email" type="email" defaultValue={contact?.email} error={fieldError('email')} />
        <TextField label={t('contacts.wechat')} id={id('wechat')} name="wechat" defaultValue={contact?.wechat} error={fieldError('wechat')} />
      </div>
      <TextField label={t('contacts.notes')} id={id('notes')} name="notes" defaultValue={contact?.notes} error={fieldError('notes')} />
      <label className="inline-flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="isPrimary" defaultChecked={contact?.isPrimary} className="size-4 accent-brand-600" />
        {t('contacts.isPrimary')}
      </label>
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{t('common.save')}</SubmitButton>
        <Button variant="ghost" onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
