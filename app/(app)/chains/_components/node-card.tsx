import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import type { MapNode } from '@/db/queries/chains';

const STATUS_STYLES = {
  strong: 'border-emerald-300 bg-emerald-50',
  weak: 'border-amber-300 bg-amber-50',
  missing: 'border-dashed border-red-400 bg-red-50',
} as const;

const STATUS_BADGES = {
  strong: 'bg-emerald-600 text-white',
  weak: 'bg-amber-500 text-white',
  missing: 'bg-red-600 text-white',
} as const;

/** One link of the chain map, coloured by its status, with its counts; large type for a projector. */
export function NodeCard({ node, chainId, fundsLabel }: { node: MapNode; chainId: string; fundsLabel: string }) {
  const t = useTranslations('chains');
  const ts = useTranslations('chain.status');
  return (
    <article className={cn('rounded-lg border-2 p-3', STATUS_STYLES[node.status])} aria-label={`${node.name} · ${ts(node.status)}`}>
      <div className="flex items-start justify-between gap-2">
        <h3 className="text-base font-semibold text-ink">{node.name}</h3>
        <span className={cn('rounded px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap', STATUS_BADGES[node.status])}>{ts(node.status)}</span>
      </div>
      {node.keyProducts && <p className="mt-1 line-clamp-2 text-xs text-slate-600">{node.keyProducts}</p>}
      <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        <div>
          <dt className="text-xs text-slate-500">{t('enterprises')}</dt>
          <dd>
            <Link href={`/enterprises?chainId=${chainId}&nodeId=${node.id}`} className="font-semibold text-brand-700 tabular-nums hover:underline" aria-label={`${t('nodeEnterprises')}: ${node.name}`}>
              {node.enterprises}
            </Link>
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t('activeLeads')}</dt>
          <dd className="font-semibold tabular-nums">{node.activeLeads}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t('signedProjects')}</dt>
          <dd className="font-semibold tabular-nums">{node.signedProjects}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t('funds')}</dt>
          <dd className="font-semibold tabular-nums">{fundsLabel}</dd>
        </div>
      </dl>
      {node.gap && <p className="mt-2 inline-block rounded bg-red-600 px-1.5 py-0.5 text-xs font-semibold text-white">{t('gap')}</p>}
    </article>
  );
}
