import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import type { Kpis, OfficerFigures } from '@/db/queries/dashboard';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { formatCount } from './format';
import { KpiCards } from './kpi-cards';

const OWN: (keyof OfficerFigures)[] = ['newLeads', 'meetings', 'signings', 'signingAmount', 'fundsInPlace'];

/** 工作台 numbers: the officer's own year, and their team's KPI cards against the team's targets. */
export function OfficerHome({ year, own, team, teamName, locale }: { year: number; own: OfficerFigures; team: Kpis | null; teamName: string | null; locale: Locale }) {
  const t = useTranslations('dashboard');
  const write = (key: keyof OfficerFigures) => (key === 'signingAmount' || key === 'fundsInPlace' ? formatWanNumber(own[key], locale) : formatCount(own[key], locale));
  return (
    <>
      <Card title={t('home.title', { year })} className="lg:col-span-2">
        <Table className="text-base">
          <caption className="sr-only">{t('home.own')}</caption>
          <thead>
            <tr>
              {OWN.map((key) => (
                <Th key={key} className="text-right text-sm">{t(`home.${key}`)}</Th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {OWN.map((key) => (
                <Td key={key} className="text-right text-2xl font-semibold tabular-nums">{write(key)}</Td>
              ))}
            </tr>
          </tbody>
        </Table>
      </Card>
      <Card title={t('home.teamTitle', { team: teamName ?? '—', year })} className="lg:col-span-2">
        {team && teamName ? <KpiCards kpis={team} locale={locale} scope={t('kpi.teamTargets', { team: teamName })} /> : <p className="text-sm text-slate-500">{t('home.noTeam')}</p>}
      </Card>
    </>
  );
}
