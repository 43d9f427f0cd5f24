import { useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';

/** A list's filter and reset buttons; on a board/table list the chosen view (and the table's sort) ride along as hidden fields. */
export function FilterActions({ view, sort, resetHref }: { view?: 'board' | 'table'; sort?: string; resetHref: string }) {
  const t = useTranslations('common');
  return (
    <>
      {view && <input type="hidden" name="view" value={view} />}
      {view === 'table' && sort && <input type="hidden" name="sort" value={sort} />}
      <div className="col-span-2 flex items-end gap-2 md:col-span-1">
        <Button type="submit">{t('filter')}</Button>
        <ButtonLink href={resetHref} variant="ghost">{t('reset')}</ButtonLink>
      </div>
    </>
  );
}
