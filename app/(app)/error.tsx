'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';

/**
 * An unexpected failure while rendering a page: say so plainly and offer a retry; nothing was saved.
 * retry (not reset) renders the page on the server again, where the failure happened.
 */
export default function AppError({ retry }: { error: Error; retry: () => void }) {
  const t = useTranslations();
  return (
    <div className="max-w-lg space-y-3">
      <Notice tone="error">{t('errors.unexpected')}</Notice>
      <Button variant="secondary" onClick={retry}>
        {t('common.retry')}
      </Button>
    </div>
  );
}
