'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Notice } from '@/components/ui/notice';
import { setLeaderEnterprise } from '../../chains/actions';

/** Names or un-names the enterprise as a 链主企业 of its chain (chain managers only). */
export function LeaderEnterpriseToggle({ chainId, chainName, enterpriseId, isLeader }: { chainId: string; chainName: string; enterpriseId: string; isLeader: boolean }) {
  const t = useTranslations('chains');
  const router = useRouter();
  const { state, onSubmit, pending, formError } = useActionForm(setLeaderEnterprise);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      {formError && <Notice tone="error">{formError}</Notice>}
      <input type="hidden" name="chainId" value={chainId} />
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <input type="hidden" name="add" value={String(!isLeader)} />
      <SubmitButton pending={pending} variant="secondary">{isLeader ? t('unsetLeader', { chain: chainName }) : t('setLeader', { chain: chainName })}</SubmitButton>
    </form>
  );
}
