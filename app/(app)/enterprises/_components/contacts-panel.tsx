'use client';
import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { ContactRow } from '@/db/queries/contacts';
import { deleteContact } from '../actions';
import { ContactForm } from './contact-form';

/** The enterprise's contacts; editors add, edit and delete them in place. */
export function ContactsPanel({ enterpriseId, contacts, canEdit }: { enterpriseId: string; contacts: ContactRow[]; canEdit: boolean }) {
  const t = useTranslations('contacts');
  const tc = useTranslations('enterprises');
  // Which form is open: 'new', a contact id, or none.
  const [editing, setEditing] = useState<string | null>(null);
  const close = useCallback(() => setEditing(null), []);
  return (
    <div className="space-y-3">
      {contacts.length === 0 && editing !== 'new' && <p className="text-sm text-slate-500">{tc('noContacts')}</p>}
      <ul className="divide-y divide-slate-100">
        {contacts.map((c) =>
          editing === c.id ? (
            <li key={c.id} className="py-2">
              <ContactForm enterpriseId={enterpriseId} contact={c} onDone={close} />
            </li>
          ) : (
            <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">
                  {c.name}
                  {c.title && <span className="ml-2 font-normal text-slate-500">{c.title}</span>}
                  {c.isPrimary && <span className="ml-2"><Badge tone="green">{t('primary')}</Badge></span>}
                </p>
                <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-slate-600">
                  {c.mobile && <a href={`tel:${c.mobile}`} className="tabular-nums hover:underline">{t('mobile')} {c.mobile}</a>}
                  {c.phone && <span className="tabular-nums">{t('phone')} {c.phone}</span>}
                  {c.email && <a href={`mailto:${c.email}`} className="hover:underline">{c.email}</a>}
                  {c.wechat && <span>{t('wechat')} {c.wechat}</span>}
                </p>
                {c.notes && <p className="mt-1 text-slate-500">{c.notes}</p>}
              </div>
              {canEdit && (
                <div className="flex gap-2">
                  <Button variant="secondary" className="h-8" onClick={() => setEditing(c.id)} aria-label={`${t('edit')} ${c.name}`}>{t('edit')}</Button>
                  <ConfirmAction
                    action={deleteContact}
                    fields={{ id: c.id, version: c.version }}
                    label={t('delete')}
                    title={t('deleteTitle', { name: c.name })}
                    message={t('deleteMessage')}
                  />
                </div>
              )}
            </li>
          ),
        )}
      </ul>
      {canEdit &&
        (editing === 'new' ? <ContactForm enterpriseId={enterpriseId} onDone={close} /> : <Button variant="secondary" onClick={() => setEditing('new')}>{t('add')}</Button>)}
    </div>
  );
}
