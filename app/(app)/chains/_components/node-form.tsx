'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { MapNode } from '@/db/queries/chains';
import { NODE_POSITIONS, NODE_STATUSES } from '@/db/schema/chains';
import { createNode, updateNode } from '../actions';

/** Add a link to a chain, or edit one. */
export function NodeForm({ chainId, node, onDone }: { chainId: string; node?: MapNode; onDone?: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(node ? updateNode : createNode);
  useEffect(() => {
    if (!state?.ok) return;
    if (!node) form.current?.reset();
    router.refresh();
    onDone?.();
  }, [state, node, router, onDone]);
  const id = (name: string) => `${node?.id ?? 'new'}-${name}`;
  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-3" noValidate>
      {formError && <Notice tone="error">{formError}</Notice>}
      {node ? (
        <>
          <input type="hidden" name="id" value={node.id} />
          <input type="hidden" name="version" value={node.version} />
        </>
      ) : (
        <input type="hidden" name="chainId" value={chainId} />
      )}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField label={t('chains.nodeName')} id={id('name')} name="name" defaultValue={node?.name} required error={fieldError('name')} />
        <SelectField label={t('chains.nodePosition')} id={id('position')} name="position" defaultValue={node?.position ?? 'midstream'} error={fieldError('position')}>
          {NODE_POSITIONS.map((p) => (
            <option key={p} value={p}>{t(`chain.position.${p}`)}</option>
          ))}
        </SelectField>
        <SelectField label={t('chains.nodeStatus')} id={id('status')} name="status" defaultValue={node?.status ?? 'missing'} error={fieldError('status')}>
          {NODE_STATUSES.map((s) => (
            <option key={s} value={s}>{t(`chain.status.${s}`)}</option>
          ))}
        </SelectField>
        <TextField label={t('chains.sortOrder')} id={id('sortOrder')} name="sortOrder" inputMode="numeric" defaultValue={node?.sortOrder ?? 0} error={fieldError('sortOrder')} />
      </div>
      <TextField label={t('chains.keyProducts')} id={id('keyProducts')} name="keyProducts" defaultValue={node?.keyProducts} error={fieldError('keyProducts')} />
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{node ? t('common.save') : t('chains.addNode')}</SubmitButton>
        {onDone && <Button variant="ghost" onClick={onDone}>{t('common.cancel')}</Button>}
      </div>
    </form>
  );
}
