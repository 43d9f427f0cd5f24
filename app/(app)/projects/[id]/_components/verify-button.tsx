'use client';
import { useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { verifyMilestone } from '../../actions';

/** 核验 for a leader: confirms the actual date against the evidence, with the version the page was loaded with. */
export function VerifyButton({ id, version, kind, actualOn }: { id: string; version: number; kind: string; actualOn: string }) {
  const t = useTranslations('project.milestones');
  return (
    <ConfirmAction
      action={verifyMilestone}
      fields={{ id, version }}
      variant="secondary"
      label={t('verify')}
      title={t('verifyTitle', { kind })}
      message={t('verifyMessage', { date: actualOn })}
      errorTestId="verify-error"
    />
  );
}
