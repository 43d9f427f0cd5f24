import { useTranslations } from 'next-intl';
import type { LeadEventRow } from '@/db/queries/leads';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

// Column names in an edit's `fields` that are labelled under another key of lead.fields.
const FIELD_LABELS: Record<string, string> = { nodeId: 'node', chainId: 'chain' };

interface Props {
  events: LeadEventRow[];
  locale: Locale;
}

/** The lead's history, newest first: who did what when (stage changes with their reasons, assignments, 撞单). */
export function LeadHistory({ events, locale }: Props) {
  const t = useTranslations();
  if (events.length === 0) return <p className="text-sm text-slate-500">{t('leadDetail.noHistory')}</p>;
  const sep = t('leadDetail.listSeparator');
  const stage = (s: string | null) => (s ? t(`lead.stage.${s}`) : '—');
  const pair = (value: unknown): [string, string] | null => (Array.isArray(value) && value.length === 2 ? [String(value[0]), String(value[1])] : null);

  const describe = (e: LeadEventRow): string[] => {
    switch (e.kind) {
      case 'stage':
        return [t('leadDetail.stageChange', { from: stage(e.fromStage), to: stage(e.toStage) }), ...(e.reason ? [t('leadDetail.reasonText', { reason: e.reason })] : [])];
      case 'updated': {
        const fields = Array.isArray(e.data.fields) ? (e.data.fields as string[]) : [];
        const labels = fields.map((f) => {
          const key = FIELD_LABELS[f] ?? f;
          return t.has(`lead.fields.${key}`) ? t(`lead.fields.${key}`) : f;
        });
        return labels.length ? [t('leadDetail.changedFields', { fields: labels.join(sep) })] : [];
      }
      case 'assigned': {
        const lines: string[] = [];
        // The event keeps the names as they were (db/queries/leads.ts assignLead); ids only tell what changed.
        const [teamIds, ownerIds] = [pair(e.data.teamId), pair(e.data.ownerId)];
        const [teams, owners] = [pair(e.data.teamName), pair(e.data.ownerName)];
        if (teamIds && teamIds[0] !== teamIds[1]) lines.push(t('leadDetail.teamChange', { from: teams?.[0] ?? '—', to: teams?.[1] ?? '—' }));
        if (ownerIds && ownerIds[0] !== ownerIds[1]) lines.push(t('leadDetail.ownerChange', { from: owners?.[0] ?? '—', to: owners?.[1] ?? '—' }));
        return lines;
      }
      case 'conflict':
        return [t('leadDetail.conflictEvent')];
      case 'conflictResolved':
        return e.reason ? [t('leadDetail.resolvedNote', { note: e.reason })] : [];
      default:
        return [];
    }
  };

  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-4" data-testid="lead-history">
      {events.map((e) => {
        const title = t.has(`lead.event.${e.kind}`) ? t(`lead.event.${e.kind}`) : e.kind;
        return (
          <li key={e.id} className="relative text-sm">
            <span aria-hidden="true" className={`absolute top-1.5 -left-[1.3rem] size-2.5 rounded-full ring-2 ring-white ${e.kind === 'conflict' ? 'bg-red-500' : e.kind === 'stage' ? 'bg-brand-600' : 'bg-slate-300'}`} />
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium text-slate-900">{title}</span>
              <span className="text-xs text-slate-500">
                <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at, locale)}</time> · {e.actorName ?? t('leadDetail.system')}
              </span>
            </p>
            {describe(e).map((line, i) => (
              <p key={i} className="mt-0.5 break-words text-slate-700">{line}</p>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
