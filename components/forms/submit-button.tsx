'use client';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/** The form's submit button; disabled and relabelled while the action runs. */
export function SubmitButton({ children, variant }: { children: React.ReactNode; variant?: 'primary' | 'secondary' | 'danger' }) {
  const { pending } = useFormStatus();
  const t = useTranslations('common');
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-busy={pending || undefined}>
      {pending ? t('working') : children}
    </Button>
  );
}
