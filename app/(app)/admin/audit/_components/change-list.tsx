import { useTranslations } from 'next-intl';
import { REDACTED } from '@/lib/pi-mask';
import { shortValue } from './short-value';

const REASONED = new Set(['refused', 'loginFailed']);

/**
 * What an audit row says changed: each field's old → new for an update, the values set by a create or any other
 * action, and the reason, in words, for a refused call or a failed login.
 */
export function ChangeList({ action, changes }: { action: string; changes: Record<string, unknown> }) {
  const t = useTranslations('audit');
  const reason = changes.reason;
  if (REASONED.has(action) && typeof reason === 'string') {
    return <span className="text-red-700">{t.has(`reasons.${reason}`) ? t(`reasons.${reason}`) : reason}</span>;
  }
  const entries = Object.entries(changes);
  if (entries.length === 0) return <span className="text-slate-400">—</span>;
  const shown = (value: unknown) =>
    // A value erased on a personal-data request (db/queries/personal-data.ts) says so, in the reader's language.
    value === REDACTED ? <span className="text-slate-400 italic">{t('redacted')}</span> : (shortValue(value) ?? <span className="text-slate-400">{t('blank')}</span>);
  return (
    <dl className="space-y-0.5 text-xs">
      {entries.map(([field, value]) => (
        <div key={field} className="flex flex-wrap gap-x-1.5">
          <dt className="font-mono text-slate-500">{field}</dt>
          {Array.isArray(value) && value.length === 2 ? (
            <dd>
              <del className="text-slate-500">{shown(value[0])}</del>
              <span aria-hidden="true"> → </span>
              <ins className="font-medium text-slate-900 no-underline">{shown(value[1])}</ins>
            </dd>
          ) : (
            <dd>{shown(value)}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}
