'use client';
import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { Button } from '@/components/ui/button';
import { Table, Td, Th } from '@/components/ui/table';
import type { MapNode } from '@/db/queries/chains';
import { deleteNode } from '../actions';
import { NodeForm } from './node-form';

/** The chain's links as a table; each row edits in place. */
export function NodeList({ chainId, nodes }: { chainId: string; nodes: MapNode[] }) {
  const t = useTranslations();
  const [editing, setEditing] = useState<string | null>(null);
  const close = useCallback(() => setEditing(null), []);
  if (nodes.length === 0) return <p className="text-sm text-slate-500">{t('chains.noNodes')}</p>;
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t('chains.nodeName')}</Th>
          <Th>{t('chains.nodePosition')}</Th>
          <Th>{t('chains.nodeStatus')}</Th>
          <Th>{t('chains.keyProducts')}</Th>
          <Th><span className="sr-only">{t('common.actions')}</span></Th>
        </tr>
      </thead>
      <tbody>
        {nodes.map((n) =>
          editing === n.id ? (
            <tr key={n.id}>
              <Td colSpan={5}><NodeForm chainId={chainId} node={n} onDone={close} /></Td>
            </tr>
          ) : (
            <tr key={n.id}>
              <Td className="font-medium whitespace-nowrap">{n.name}</Td>
              <Td className="whitespace-nowrap">{t(`chain.position.${n.position}`)}</Td>
              <Td className="whitespace-nowrap">{t(`chain.status.${n.status}`)}</Td>
              <Td className="min-w-48 text-slate-600">{n.keyProducts || '—'}</Td>
              <Td>
                <div className="flex justify-end gap-2">
                  <Button variant="secondary" className="h-8" onClick={() => setEditing(n.id)} aria-label={`${t('common.edit')} ${n.name}`}>{t('common.edit')}</Button>
                  <ConfirmAction
                    action={deleteNode}
                    fields={{ id: n.id, version: n.version }}
                    label={t('chains.deleteNode')}
                    title={t('chains.deleteNodeTitle', { name: n.name })}
                    message={t('chains.deleteNodeMessage')}
                  />
                </div>
              </Td>
            </tr>
          ),
        )}
      </tbody>
    </Table>
  );
}
