'use client';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/**
 * "Someone else changed this lead": the message with a button that reloads the page's data. The panels
 * are keyed by the lead's version, so they start over with what is saved now.
 */
export function StaleNotice({ testId }: { testId?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="alert" data-testid={testId} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      <span>{t('errors.conflict')}</span>
      <Button variant="secondary" className="h-8" disabled={pending} onClick={() => startTransition(() => router.refresh())}>
        {pending ? t('common.loading') : t('leadForm.reload')}
      </Button>
    </div>
  );
}
