'use client';
import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';

/** The recovery codes, shown once right after they were made; the hashes are all the server keeps. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations('account');
  return (
    <section aria-labelledby="recovery-title" className="space-y-3">
      <h3 id="recovery-title" className="text-sm font-semibold text-slate-900">{t('recoveryTitle')}</h3>
      <Notice tone="success">{t('recoveryIntro')}</Notice>
      <ol aria-label={t('recoveryCodes')} className="grid max-w-sm grid-cols-2 gap-x-6 gap-y-1 rounded-md border border-slate-200 bg-slate-50 px-4 py-3 font-mono text-sm text-slate-900">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <ButtonLink href="/dashboard">{t('continue')}</ButtonLink>
    </section>
  );
}
