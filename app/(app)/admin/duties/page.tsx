import { getTranslations } from 'next-intl/server';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getSeparation } from '@/db/queries/separation';
import { ADMINISTRATOR_ROLES } from '@/db/schema/users';
import { requirePermission } from '@/lib/viewer';
import { setSeparation } from './actions';

export async function generateMetadata() {
  return { title: (await getTranslations('admin'))('duties') };
}

/** 三员分立: who holds the system, security and audit duties, and the switch that splits them. */
export default async function DutiesPage() {
  const viewer = await requirePermission('security.manage');
  const [separation, t] = await Promise.all([getSeparation(viewer), getTranslations()]);
  const next = !separation.on;
  return (
    <div className="grid grid-cols-1 max-w-5xl gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
      <Table>
        <caption className="sr-only">{t('admin.dutiesTable')}</caption>
        <thead>
          <tr>
            <Th>{t('admin.role')}</Th>
            <Th>{t('admin.dutiesColumn')}</Th>
            <Th className="text-right">{t('admin.activeHolders')}</Th>
          </tr>
        </thead>
        <tbody>
          {ADMINISTRATOR_ROLES.map((role) => (
            <tr key={role}>
              <Td className="font-medium whitespace-nowrap">{t(`roles.${role}`)}</Td>
              <Td className="min-w-64 text-slate-600">{t(`admin.duty.${role}`)}</Td>
              <Td className="text-right tabular-nums">{separation.holders[role]}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Card title={t('admin.separation')}>
        <div className="space-y-3 text-sm text-slate-700">
          <p>
            <Badge tone={separation.on ? 'green' : 'neutral'}>{separation.on ? t('admin.separationOn') : t('admin.separationOff')}</Badge>
          </p>
          <p>{separation.on ? t('admin.separationOnHelp') : t('admin.separationOffHelp')}</p>
          <ConfirmAction
            action={setSeparation}
            fields={{ on: String(next) }}
            label={next ? t('admin.separationTurnOn') : t('admin.separationTurnOff')}
            title={next ? t('admin.separationTurnOn') : t('admin.separationTurnOff')}
            message={next ? t('admin.separationConfirmOn') : t('admin.separationConfirmOff')}
            variant={next ? 'secondary' : 'danger'}
          />
        </div>
      </Card>
    </div>
  );
}
