import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** "查看数据": a chart's numbers as a real table, folded under it (open it to read or copy them). */
export function DataDetails({ children, open }: { children: ReactNode; open?: boolean }) {
  const t = useTranslations('dashboard');
  return (
    <details className="group mt-3" open={open}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700 hover:underline">{t('showData')}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
