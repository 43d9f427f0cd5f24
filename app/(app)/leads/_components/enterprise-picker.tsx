'use client';
import { useEffect, useId, useRef, useState, useTransition, type KeyboardEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { searchEnterpriseOptions } from '../actions';

export interface PickedEnterprise {
  id: string;
  name: string;
  uscc?: string | null;
  teamName?: string | null;
}

interface Props {
  value: PickedEnterprise | null;
  onChange: (value: PickedEnterprise | null) => void;
  error?: string;
}

/**
 * An enterprise from the library, found by typing (a combobox: arrow keys move through the results, Enter
 * picks, Escape closes). The choice is posted as the hidden `enterpriseId`.
 */
export function EnterprisePicker({ value, onChange, error }: Props) {
  const t = useTranslations('leadForm');
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState('');
  const [results, setResults] = useState<PickedEnterprise[] | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searching, startSearch] = useTransition();
  // Answers can come back out of order; only the latest one counts.
  const latest = useRef(0);
  const query = q.trim();
  const long = query.length >= 2;

  useEffect(() => {
    if (!long) return;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      startSearch(async () => {
        const result = await searchEnterpriseOptions(null, { q: query });
        if (ticket !== latest.current) return;
        setResults(result.ok ? result.data : []);
        setActive(-1);
        setOpen(true);
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [query, long]);

  const shown = long ? (results ?? []) : [];
  const choose = (e: PickedEnterprise) => {
    onChange(e);
    setOpen(false);
    setQ('');
    setResults(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (shown.length ? (i + 1) % shown.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (shown.length ? (i <= 0 ? shown.length - 1 : i - 1) : -1));
    } else if (event.key === 'Enter') {
      // Enter in the search box picks a result; it never submits the lead form half-filled.
      event.preventDefault();
      const pick = shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
      if (pick) choose(pick);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  if (value) {
    return (
      <div className="space-y-1.5">
        <p className="text-sm font-medium text-slate-700">{t('chosen')}</p>
        <div data-testid="chosen-enterprise" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 px-3 py-2">
          <div className="min-w-0 text-sm">
            <p className="font-medium text-slate-900">{value.name}</p>
            {(value.uscc || value.teamName) && (
              <p className="text-xs text-slate-500">
                {value.uscc && <span className="font-mono">{value.uscc}</span>}
                {value.uscc && value.teamName && ' · '}
                {value.teamName}
              </p>
            )}
          </div>
          <Button
            variant="secondary"
            className="h-8"
            onClick={() => {
              onChange(null);
              // The search box replaces this block; focus it once it is there.
              requestAnimationFrame(() => inputRef.current?.focus());
            }}
          >
            {t('change')}
          </Button>
        </div>
        <input type="hidden" name="enterpriseId" value={value.id} />
        {error && <p id="enterpriseId-error" className="text-xs text-red-600">{error}</p>}
      </div>
    );
  }

  const status = !long ? t('searchHint') : searching || results === null ? t('searching') : results.length === 0 ? t('noResults') : t('resultCount', { count: results.length });
  const expanded = open && shown.length > 0;

  return (
    <div className="space-y-1.5">
      <label htmlFor="enterpriseSearch" className="block text-sm font-medium text-slate-700">
        {t('searchLabel')}
        <span className="ml-0.5 text-red-600" aria-hidden="true">*</span>
      </label>
      <div className="relative">
        <input
          ref={inputRef}
          id="enterpriseSearch"
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'enterpriseId-error enterpriseSearch-status' : 'enterpriseSearch-status'}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          placeholder={t('searchPlaceholder')}
          className={cn(
            'block h-9 w-full rounded-md border bg-white px-3 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none',
            error ? 'border-red-500' : 'border-slate-300',
          )}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('searchLabel')}
          className={cn('absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg', !expanded && 'hidden')}
        >
          {shown.map((e, i) => (
            <li
              key={e.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(e);
              }}
              onMouseEnter={() => setActive(i)}
              className={cn('cursor-pointer px-3 py-2 text-sm', i === active ? 'bg-brand-50 text-brand-800' : 'text-slate-800')}
            >
              <span className="font-medium">{e.name}</span>
              <span className="block text-xs text-slate-500">
                {[e.uscc, e.teamName ?? t('noTeam')].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p id="enterpriseSearch-status" aria-live="polite" className="text-xs text-slate-500">{status}</p>
      {error && <p id="enterpriseId-error" className="text-xs text-red-600">{error}</p>}
    </div>
  );
}
