import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import type { Dashboard } from '@/db/queries/dashboard';
import type { Locale } from '@/lib/i18n/locales';
import type { LeagueSort } from '@/lib/validation/dashboard';
import { BreakdownTable } from './breakdown-section';
import { PairBarChart } from './charts';
import type { DashboardParams } from './dashboard-href';
import { FunnelSection } from './funnel-section';
import { KpiCards } from './kpi-cards';
import { LeagueTable } from './league-table';
import { TrendSection } from './trend-section';
import { WatchLists } from './watch-lists';

/** 领导驾驶舱: KPI cards, funnel, chain and chain-action breakdowns, team league, monthly trend and watch lists. */
export function LeadersDashboard({ data, params, sort, teamName, locale }: { data: Dashboard; params: DashboardParams; sort: LeagueSort; teamName: string | null; locale: Locale }) {
  const t = useTranslations('dashboard');
  const action = useTranslations('chain.action');
  const { kpis, funnel, breakdown, league, trend, lists } = data;
  return (
    <div className="space-y-4">
      <Card title={t('kpi.title', { year: kpis.year })}>
        <KpiCards kpis={kpis} locale={locale} scope={teamName ? t('kpi.teamTargets', { team: teamName }) : t('kpi.zoneTargets')} />
      </Card>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <Card title={t('funnel.title')}>
          <FunnelSection funnel={funnel} locale={locale} />
        </Card>
        <Card title={t('trend.title')}>
          <TrendSection points={trend} year={kpis.year} locale={locale} />
        </Card>
      </div>
      <Card title={t('breakdown.byChain')}>
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          <PairBarChart
            caption={t('breakdown.chart')}
            labels={{ a: t('breakdown.signingAmount'), b: t('breakdown.fundsInPlace') }}
            data={breakdown.chains.map((c) => ({ label: c.chainName, a: c.signingAmount, b: c.fundsInPlace }))}
          />
          <BreakdownTable caption={t('breakdown.byChain')} head={t('breakdown.chain')} locale={locale} rows={breakdown.chains.map((c) => ({ key: c.chainId, label: c.chainName, ...c }))} />
        </div>
      </Card>
      <Card title={t('breakdown.byAction')}>
        <BreakdownTable
          caption={t('breakdown.byAction')}
          head={t('breakdown.action')}
          locale={locale}
          rows={breakdown.actions.map((a) => ({ key: a.action ?? 'none', label: a.action ? action(a.action) : t('breakdown.noAction'), ...a }))}
        />
      </Card>
      <Card title={t('league.title')}>
        <LeagueTable rows={league} params={params} sort={sort} locale={locale} />
      </Card>
      <WatchLists lists={lists} locale={locale} />
    </div>
  );
}
