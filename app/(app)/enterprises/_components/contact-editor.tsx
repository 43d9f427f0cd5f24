'use client';
import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import type { ContactRow } from '@/db/queries/contacts';
import { ContactForm } from './contact-form';

/** The contact page's edit button and, once pressed, the contact form with the values shown in full. */
export function ContactEditor({ enterpriseId, contact }: { enterpriseId: string; contact: ContactRow }) {
  const t = useTranslations('contacts');
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return open ? (
    <ContactForm enterpriseId={enterpriseId} contact={contact} onDone={close} />
  ) : (
    <Button variant="secondary" onClick={() => setOpen(true)} aria-label={`${t('edit')} ${contact.name}`}>{t('edit')}</Button>
  );
}
