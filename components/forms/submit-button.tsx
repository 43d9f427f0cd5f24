'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/** The form's submit button; disabled and relabelled while the action runs. */
export function SubmitButton({ children, pending, variant }: { children: React.ReactNode; pending: boolean; variant?: 'primary' | 'secondary' | 'danger' }) {
  const t = useTranslations('common');
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-busy={pending || undefined}>
      {pending ? t('working') : children}
    </Button>
  );
}
