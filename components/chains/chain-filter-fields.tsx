import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/field';
import { CHAIN_ACTIONS } from '@/db/schema/enterprises';
import type { listChainOptions } from '@/db/queries/chains';

interface Props {
  chains: Awaited<ReturnType<typeof listChainOptions>>;
  values: { chainId?: string; nodeId?: string; action?: string };
  labels: { chain: string; node: string; action: string; anyChain: string; anyNode: string; anyAction: string };
}

/** The chain, link and chain-action selects that the enterprise and lead filters share (params chainId, nodeId, action). */
export function ChainFilterFields({ chains, values, labels }: Props) {
  const t = useTranslations('chain.action');
  return (
    <>
      <SelectField label={labels.chain} name="chainId" defaultValue={values.chainId ?? ''}>
        <option value="">{labels.anyChain}</option>
        {chains.map((c) => (
          <option key={c.id} value={c.id}>{c.name}</option>
        ))}
      </SelectField>
      <SelectField label={labels.node} name="nodeId" defaultValue={values.nodeId ?? ''}>
        <option value="">{labels.anyNode}</option>
        {chains.map((c) => (
          <optgroup key={c.id} label={c.name}>
            {c.nodes.map((n) => (
              <option key={n.id} value={n.id}>{n.name}</option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField label={labels.action} name="action" defaultValue={values.action ?? ''}>
        <option value="">{labels.anyAction}</option>
        {CHAIN_ACTIONS.map((a) => (
          <option key={a} value={a}>{t(a)}</option>
        ))}
      </SelectField>
    </>
  );
}
