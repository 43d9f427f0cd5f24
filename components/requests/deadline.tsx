import { cn } from '@/components/ui/cn';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

/** A request's deadline (a zone day), red when overdue. */
export function RequestDeadline({ deadline, overdue, locale, label }: { deadline: string; overdue: boolean; locale: Locale; label?: (date: string) => string }) {
  const date = formatDate(`${deadline}T00:00:00+08:00`, locale);
  return (
    <span data-testid="request-deadline" className={cn('tabular-nums', overdue && 'font-medium text-red-700')}>
      {label ? label(date) : date}
    </span>
  );
}
