'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';

/** An unexpected failure while rendering a page: say so plainly and offer a retry; nothing was saved. */
export default function AppError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations();
  return (
    <div className="max-w-lg space-y-3">
      <Notice tone="error">{t('errors.unexpected')}</Notice>
      <Button variant="secondary" onClick={reset}>
        {t('common.retry')}
      </Button>
    </div>
  );
}
