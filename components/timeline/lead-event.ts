import type { useTranslations } from 'next-intl';
import type { LeadEventRow } from '@/db/queries/leads';

type Translate = ReturnType<typeof useTranslations<never>>;

// Column names in an edit's `fields` that are labelled under another key of lead.fields.
const FIELD_LABELS: Record<string, string> = { nodeId: 'node', chainId: 'chain' };

/** A lead event's title: "阶段变更", "重新分配"… (the kind itself for one without a label). */
export function leadEventTitle(t: Translate, e: Pick<LeadEventRow, 'kind'>): string {
  return t.has(`lead.event.${e.kind}`) ? t(`lead.event.${e.kind}`) : e.kind;
}

/** What a lead event changed, one line each: stages with their reason, assignments, edited fields, 撞单. */
export function describeLeadEvent(t: Translate, e: LeadEventRow): string[] {
  const sep = t('leadDetail.listSeparator');
  const stage = (s: string | null) => (s ? t(`lead.stage.${s}`) : '—');
  const pair = (value: unknown): [string, string] | null => (Array.isArray(value) && value.length === 2 ? [String(value[0]), String(value[1])] : null);
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
}
