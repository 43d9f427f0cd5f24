import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import type { WatchLists as Lists } from '@/db/queries/dashboard';
import { formatDate, formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

const day = (d: string, locale: Locale) => formatDate(`${d}T00:00:00+08:00`, locale);

function List({ title, empty, children, count }: { title: string; empty: string; count: number; children: ReactNode }) {
  return (
    <Card title={title}>
      {count === 0 ? <p className="text-base text-slate-500">{empty}</p> : <ul className="divide-y divide-slate-100">{children}</ul>}
    </Card>
  );
}

function Item({ href, name, meta, tone }: { href: string; name: string; meta: string; tone?: 'red' }) {
  return (
    <li className="py-2">
      <Link href={href} className={tone === 'red' ? 'text-base font-medium text-red-800 hover:underline' : 'text-base font-medium text-brand-700 hover:underline'}>
        {name}
      </Link>
      <p className="mt-0.5 text-sm text-slate-600">{meta}</p>
    </li>
  );
}

/** The five watch lists (ten rows each), every row a link to the record it names. */
export function WatchLists({ lists, locale }: { lists: Lists; locale: Locale }) {
  const t = useTranslations('dashboard.lists');
  const tr = useTranslations();
  const empty = t('empty');
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 2xl:grid-cols-3">
      <List title={t('overdueFollowUps')} empty={empty} count={lists.overdueFollowUps.length}>
        {lists.overdueFollowUps.map((f) => (
          <Item
            key={f.id}
            tone="red"
            href={f.leadId ? `/leads/${f.leadId}` : `/enterprises/${f.enterpriseId}`}
            name={f.title}
            meta={[f.leadName ?? f.enterpriseName, f.teamName, f.ownerName, t('due', { date: day(f.dueDate, locale) })].join(' · ')}
          />
        ))}
      </List>
      <List title={t('lateMilestones')} empty={empty} count={lists.lateMilestones.length}>
        {lists.lateMilestones.map((m) => (
          <Item key={m.id} tone="red" href={`/projects/${m.projectId}`} name={m.projectName} meta={[t('planned', { kind: tr(`milestoneKind.${m.kind}`), date: day(m.plannedOn, locale) }), m.teamName].join(' · ')} />
        ))}
      </List>
      <List title={t('stalledLeads')} empty={empty} count={lists.stalledLeads.length}>
        {lists.stalledLeads.map((l) => (
          <Item key={l.id} href={`/leads/${l.id}`} name={l.projectName} meta={[l.enterpriseName, tr(`lead.stage.${l.stage}`), l.teamName, t('lastActivity', { date: formatDate(l.lastActivityAt, locale) })].join(' · ')} />
        ))}
      </List>
      <List title={t('chainGaps')} empty={empty} count={lists.chainGaps.length}>
        {lists.chainGaps.map((g) => (
          <Item key={g.nodeId} href={`/chains/${g.chainId}`} name={`${g.chainName} · ${g.nodeName}`} meta={tr(`chain.status.${g.status}`)} />
        ))}
      </List>
      <List title={t('latestSignings')} empty={empty} count={lists.latestSignings.length}>
        {lists.latestSignings.map((p) => (
          <Item key={p.id} href={`/projects/${p.id}`} name={p.name} meta={[p.enterpriseName, p.teamName, t('signedOn', { date: day(p.signedOn, locale) }), t('amount', { amount: formatWanNumber(p.contractedInvestment, locale) })].join(' · ')} />
        ))}
      </List>
    </div>
  );
}
