'use client';
import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { searchEnterpriseOptions } from '../../actions';

type Option = { id: string; name: string; uscc: string | null; teamName: string | null };
type Found = { q: string; options: Option[]; error?: string };

/**
 * Find an enterprise of the library to link: a search box and the matches as radio buttons named
 * `enterpriseId`. Starts from what the liaison reported (the USCC, else the name).
 */
export function EnterprisePicker({ initialQuery, idPrefix, value, onChange, error }: { initialQuery: string; idPrefix: string; value: string; onChange: (id: string) => void; error?: string }) {
  const t = useTranslations('intake');
  const te = useTranslations('errors');
  const [q, setQ] = useState(initialQuery);
  const [found, setFound] = useState<Found | null>(null);
  const statusId = useId();
  const query = q.trim();
  const searchable = query.length >= 2;

  useEffect(() => {
    if (!searchable) return;
    let stale = false;
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(async () => {
      const result = await searchEnterpriseOptions(null, { q: query });
      if (stale) return;
      setFound(result.ok ? { q: query, options: result.data } : { q: query, options: [], error: result.error });
    }, 300);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, searchable]);

  const current = searchable && found?.q === query ? found : null;
  const options = current?.options ?? [];
  const status = !searchable
    ? t('pickerTooShort')
    : !current
      ? t('pickerSearching')
      : current.error
        ? te.has(current.error) ? te(current.error) : te('unexpected')
        : options.length === 0
          ? t('pickerNone')
          : t('pickerCount', { count: options.length });

  return (
    <div className="space-y-2">
      <label htmlFor={`${idPrefix}-q`} className="block text-sm font-medium text-slate-700">{t('pickerSearch')}</label>
      <input
        id={`${idPrefix}-q`}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        // Enter searches as you type already; it must not submit the accept form.
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        aria-describedby={error ? `${statusId} ${idPrefix}-error` : statusId}
        autoComplete="off"
        className="block h-9 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none"
      />
      <p id={statusId} className="text-xs text-slate-500" aria-live="polite">{status}</p>
      {options.length > 0 && (
        <div role="radiogroup" aria-label={t('pickerResults')} className="max-h-60 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200">
          {options.map((o) => (
            <label key={o.id} className="flex cursor-pointer items-start gap-2 px-3 py-2 text-sm hover:bg-slate-50 has-checked:bg-brand-50">
              <input type="radio" name="enterpriseId" value={o.id} checked={value === o.id} onChange={() => onChange(o.id)} className="mt-0.5 size-4 shrink-0 accent-brand-600" />
              <span className="min-w-0">
                <span className="block font-medium text-slate-900">{o.name}</span>
                <span className="block text-xs text-slate-500">
                  {o.uscc && <span className="font-mono">{o.uscc}</span>}
                  {o.uscc && ' · '}
                  {o.teamName ?? t('noTeam')}
                </span>
              </span>
            </label>
          ))}
        </div>
      )}
      {error && <p id={`${idPrefix}-error`} className="text-xs text-red-600">{error}</p>}
    </div>
  );
}
