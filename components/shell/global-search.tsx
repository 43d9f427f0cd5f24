'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslations } from 'next-intl';
import { searchEverything } from '@/app/(app)/search/actions';
import { cn } from '@/components/ui/cn';
import type { SearchResults } from '@/db/queries/search';

const DEBOUNCE_MS = 300;

type Kind = 'enterprises' | 'contacts' | 'leads';
interface Option {
  id: string;
  kind: Kind;
  href: string;
  label: string;
  detail: string;
}

/** Elements where '/' is typed text, not the search shortcut. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The header search: live results (debounced) in a listbox grouped by kind, arrows + Enter to open one,
 * Enter alone for the /search page, Escape to close; '/' or Ctrl/⌘+K focuses it. On a phone it folds into
 * an icon button that opens a full-width row under the header. Rendered only for roles with enterprises.read.
 */
export function GlobalSearch() {
  const t = useTranslations('search');
  const tStage = useTranslations('lead.stage');
  const router = useRouter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(0);
  const [q, setQ] = useState('');
  const [results, setResults] = useState<SearchResults | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // On a phone the box is hidden behind the icon button until opened.
  const [expanded, setExpanded] = useState(false);

  const focusBox = () => {
    flushSync(() => setExpanded(true));
    inputRef.current?.focus();
    inputRef.current?.select();
  };

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target);
      const ctrlK = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey;
      if (!slash && !ctrlK) return;
      e.preventDefault();
      focusBox();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (text: string) => {
    clearTimeout(timer.current);
    const request = ++latest.current;
    if (!text.trim()) {
      setResults(null);
      return;
    }
    timer.current = setTimeout(async () => {
      const result = await searchEverything(null, { q: text });
      // A slower earlier answer must not replace a newer one.
      if (request !== latest.current) return;
      setFailed(!result.ok);
      setResults(result.ok ? result.data : null);
      setActive(-1);
    }, DEBOUNCE_MS);
  };

  const options: Option[] = results
    ? [
        ...results.enterprises.map((e) => ({ id: e.id, kind: 'enterprises' as const, href: `/enterprises/${e.id}`, label: e.name, detail: [e.uscc, e.city].filter(Boolean).join(' · ') })),
        ...results.contacts.map((c) => ({ id: c.id, kind: 'contacts' as const, href: `/enterprises/${c.enterpriseId}`, label: c.name, detail: [c.title, c.enterpriseName, c.mobile].filter(Boolean).join(' · ') })),
        ...results.leads.map((l) => ({ id: l.id, kind: 'leads' as const, href: `/leads/${l.id}`, label: l.projectName, detail: `${l.enterpriseName} · ${tStage(l.stage)}` })),
      ]
    : [];
  const showPopover = open && q.trim() !== '' && (results !== null || failed);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const go = (href: string) => {
    close();
    setExpanded(false);
    inputRef.current?.blur();
    router.push(href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // -1 is the box itself: moving past either end returns there.
      setActive((i) => {
        const next = i + step;
        return next < -1 ? options.length - 1 : next >= options.length ? -1 : next;
      });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = showPopover && active >= 0 ? options[active] : undefined;
      if (chosen) go(chosen.href);
      else if (q.trim()) go(`/search?q=${encodeURIComponent(q.trim())}`);
    } else if (e.key === 'Escape') {
      // Chromium would also clear a type="search" box; the first Escape only closes the results.
      e.preventDefault();
      if (showPopover) close();
      else {
        setExpanded(false);
        inputRef.current?.blur();
      }
    }
  };

  const groups: Kind[] = ['enterprises', 'contacts', 'leads'];

  return (
    <>
      <button
        type="button"
        className="inline-flex size-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 sm:hidden"
        aria-label={t('open')}
        aria-expanded={expanded}
        onClick={() => (expanded ? setExpanded(false) : focusBox())}
      >
        <SearchIcon />
      </button>
      <div
        role="search"
        className={cn(
          'hidden sm:relative sm:block sm:w-72 lg:w-80',
          expanded && 'max-sm:absolute max-sm:inset-x-0 max-sm:top-full max-sm:block max-sm:border-b max-sm:border-slate-200 max-sm:bg-white max-sm:p-2 max-sm:shadow-sm',
        )}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget)) close();
        }}
      >
        <label htmlFor={`${id}-input`} className="sr-only">
          {t('label')}
        </label>
        <div className="relative">
          <span className="pointer-events-none absolute inset-y-0 left-2.5 flex items-center text-slate-400">
            <SearchIcon />
          </span>
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="search"
            role="combobox"
            autoComplete="off"
            enterKeyHint="search"
            aria-expanded={showPopover}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={showPopover && active >= 0 ? optionId(active) : undefined}
            placeholder={t('placeholder')}
            value={q}
            maxLength={100}
            onChange={(e) => {
              setQ(e.target.value);
              setOpen(true);
              search(e.target.value);
            }}
            onFocus={() => setOpen(true)}
            onKeyDown={onKeyDown}
            className="block h-9 w-full rounded-md border border-slate-300 bg-white pr-12 pl-8 text-sm text-slate-900 placeholder:text-slate-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none"
          />
          <kbd className="pointer-events-none absolute inset-y-0 right-2 my-auto hidden h-5 items-center rounded border border-slate-200 px-1.5 text-[11px] text-slate-400 sm:flex" aria-hidden="true">
            /
          </kbd>
        </div>
        {showPopover && (
          <div className="absolute inset-x-2 top-full z-30 mt-1 max-h-[70dvh] overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg sm:right-0 sm:left-auto sm:w-[28rem] sm:max-w-[calc(100vw-2rem)]">
            <div id={listId} role="listbox" aria-label={t('results')}>
              {groups.map((kind) => {
                const items = options.map((o, i) => ({ o, i })).filter(({ o }) => o.kind === kind);
                if (items.length === 0) return null;
                return (
                  <div key={kind} role="group" aria-labelledby={`${id}-${kind}`}>
                    <div id={`${id}-${kind}`} role="presentation" className="px-3 pt-2 pb-1 text-xs font-medium text-slate-500">
                      {t(kind)}
                    </div>
                    {items.map(({ o, i }) => (
                      <div
                        key={o.id}
                        id={optionId(i)}
                        role="option"
                        aria-selected={i === active}
                        className={cn('cursor-pointer px-3 py-1.5', i === active ? 'bg-brand-50' : 'hover:bg-slate-50')}
                        onMouseDown={(e) => e.preventDefault()}
                        onMouseEnter={() => setActive(i)}
                        onClick={() => go(o.href)}
                      >
                        <div className="truncate text-sm text-slate-900">{o.label}</div>
                        {o.detail && <div className="truncate text-xs text-slate-500">{o.detail}</div>}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
            <p className="px-3 py-2 text-xs text-slate-500" aria-live="polite">
              {failed ? t('failed') : results?.tooShort ? t('tooShort') : options.length === 0 ? t('empty') : t('enterHint')}
            </p>
          </div>
        )}
      </div>
    </>
  );
}

function SearchIcon() {
  return (
    <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4 4" strokeLinecap="round" />
    </svg>
  );
}
