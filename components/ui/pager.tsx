import { useTranslations } from 'next-intl';
import { ButtonLink } from './button';

/**
 * Keyset paging: "first page" and "next page" only, because deep pages are reached by cursor, which
 * keeps every page as fast as the first.
 */
export function Pager({ params, after, next, label }: { params: object; after?: string; next: string | null; label: string }) {
  const t = useTranslations('common');
  if (!after && !next) return null;
  // The list's filters stay in the links (numbers and flags as their URL text).
  const kept = Object.entries(params)
    .filter(([key, value]) => value !== undefined && value !== null && value !== '' && key !== 'after')
    .map(([key, value]): [string, string] => [key, String(value)]);
  return (
    <nav className="flex justify-end gap-2" aria-label={label}>
      {after && <ButtonLink href={`?${new URLSearchParams(kept)}`} variant="secondary">{t('first')}</ButtonLink>}
      {next && <ButtonLink href={`?${new URLSearchParams([...kept, ['after', next]])}`} variant="secondary">{t('next')}</ButtonLink>}
    </nav>
  );
}
