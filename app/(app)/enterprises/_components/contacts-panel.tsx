'use client';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import type { ContactRow } from '@/db/queries/contacts';
import { deleteContact } from '../actions';
import { ContactForm } from './contact-form';

/**
 * The enterprise's contacts, each linked to its own page; editors add, edit and delete them in place. Outside
 * the owning team the reach details arrive masked (db/queries/contacts.ts), so an admin edits on the contact
 * page, where they are shown in full (and audited), never from a form filled with masked values.
 */
export function ContactsPanel({ enterpriseId, contacts, canEdit }: { enterpriseId: string; contacts: ContactRow[]; canEdit: boolean }) {
  const t = useTranslations('contacts');
  const tc = useTranslations('enterprises');
  // Which form is open: 'new', a contact id, or none.
  const [editing, setEditing] = useState<string | null>(null);
  const close = useCallback(() => setEditing(null), []);
  const page = (c: ContactRow) => `/enterprises/${enterpriseId}/contacts/${c.id}`;
  return (
    <div className="space-y-3">
      {contacts.length === 0 && editing !== 'new' && <p className="text-sm text-slate-500">{tc('noContacts')}</p>}
      {contacts.some((c) => c.masked && !c.erased) && <p className="text-xs text-slate-500">{t('maskedHint')}</p>}
      <ul className="divide-y divide-slate-100">
        {contacts.map((c) => {
          const name = c.erased ? t('erasedName') : c.name;
          if (editing === c.id) {
            return (
              <li key={c.id} className="py-2">
                <ContactForm enterpriseId={enterpriseId} contact={c} onDone={close} />
              </li>
            );
          }
          return (
            <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">
                  {/* Opening the page may reveal the details in full, which is audited: never on a prefetch. */}
                  <Link href={page(c)} prefetch={false} className="text-brand-700 hover:underline">{name}</Link>
                  {c.title && <span className="ml-2 font-normal text-slate-500">{c.title}</span>}
                  {c.isPrimary && <span className="ml-2"><Badge tone="green">{t('primary')}</Badge></span>}
                  {c.erased && <span className="ml-2"><Badge tone="neutral">{t('erased')}</Badge></span>}
                </p>
                {c.erased ? (
                  <p className="mt-1 text-slate-500">{t('erasedNotice')}</p>
                ) : (
                  <>
                    <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-slate-600">
                      {c.mobile && (c.masked ? <span className="tabular-nums">{t('mobile')} {c.mobile}</span> : <a href={`tel:${c.mobile}`} className="tabular-nums hover:underline">{t('mobile')} {c.mobile}</a>)}
                      {c.phone && <span className="tabular-nums">{t('phone')} {c.phone}</span>}
                      {c.email && (c.masked ? <span>{c.email}</span> : <a href={`mailto:${c.email}`} className="hover:underline">{c.email}</a>)}
                      {c.wechat && <span>{t('wechat')} {c.wechat}</span>}
                    </p>
                    {c.notes && <p className="mt-1 text-slate-500">{c.notes}</p>}
                  </>
                )}
              </div>
              {canEdit && !c.erased && (
                <div className="flex gap-2">
                  {c.masked ? (
                    <ButtonLink href={page(c)} prefetch={false} variant="secondary" className="h-8" aria-label={t('editOnPage', { name })}>{t('edit')}</ButtonLink>
                  ) : (
                    <Button variant="secondary" className="h-8" onClick={() => setEditing(c.id)} aria-label={`${t('edit')} ${c.name}`}>{t('edit')}</Button>
                  )}
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
          );
        })}
      </ul>
      {canEdit &&
        (editing === 'new' ? <ContactForm enterpriseId={enterpriseId} onDone={close} /> : <Button variant="secondary" onClick={() => setEditing('new')}>{t('add')}</Button>)}
    </div>
  );
}
