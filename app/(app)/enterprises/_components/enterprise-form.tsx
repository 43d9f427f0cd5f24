'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { ButtonLink } from '@/components/ui/button';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { listChainOptions } from '@/db/queries/chains';
import type { DuplicateCandidate, EnterpriseDetail } from '@/db/queries/enterprises';
import { CHAIN_ACTIONS, ENTERPRISE_SCALES, ENTERPRISE_TAGS } from '@/db/schema/enterprises';
import { tagMessageKey } from '@/lib/enterprise-tags';
import { checkEnterpriseDuplicates, createEnterprise, updateEnterprise } from '../actions';

interface Props {
  chains: Awaited<ReturnType<typeof listChainOptions>>;
  /** Only admins choose the keeping team. */
  teams?: { id: string; name: string }[];
  /** Absent when creating. */
  enterprise?: EnterpriseDetail;
}

/** Create or edit an enterprise; possible duplicates show while the name and USCC are typed. */
export function EnterpriseForm({ chains, teams, enterprise }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(enterprise ? updateEnterprise : createEnterprise);
  const [chainId, setChainId] = useState(enterprise?.chainId ?? '');
  const [identity, setIdentity] = useState({ name: enterprise?.name ?? '', uscc: enterprise?.uscc ?? '' });
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const [, startCheck] = useTransition();

  useEffect(() => {
    if (state?.ok) router.push(`/enterprises/${state.data.id}?${enterprise ? 'saved' : 'created'}=1`);
  }, [state, enterprise, router]);

  // Ask the server for look-alikes a moment after typing stops, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => {
      startCheck(async () => {
        const result = await checkEnterpriseDuplicates(null, { ...identity, excludeId: enterprise?.id ?? '' });
        setDuplicates(result.ok ? result.data : []);
      });
    }, 400);
    return () => clearTimeout(timer);
  }, [identity, enterprise?.id]);

  const nodes = chains.find((c) => c.id === chainId)?.nodes ?? [];

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {enterprise && (
        <>
          <input type="hidden" name="id" value={enterprise.id} />
          <input type="hidden" name="version" value={enterprise.version} />
        </>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField
          label={t('enterprises.name')}
          name="name"
          defaultValue={enterprise?.name}
          required
          error={fieldError('name')}
          onChange={(e) => setIdentity((v) => ({ ...v, name: e.target.value }))}
        />
        <TextField
          label={t('enterprises.uscc')}
          name="uscc"
          defaultValue={enterprise?.uscc ?? ''}
          autoCapitalize="characters"
          className="font-mono"
          error={fieldError('uscc')}
          onChange={(e) => setIdentity((v) => ({ ...v, uscc: e.target.value }))}
        />
      </div>
      {duplicates.length > 0 && (
        <div data-testid="duplicates" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium">{t('enterprises.duplicates')}</p>
          <p className="text-xs">{t('enterprises.duplicatesHint')}</p>
          <ul className="mt-2 space-y-1">
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/enterprises/${d.id}`} target="_blank" className="font-medium underline">{d.name}</Link>
                <span className="text-xs"> · {d.teamName ?? t('enterprises.noTeam')}{d.sameUscc ? ` · ${t('enterprises.sameUscc')}` : ''}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField label={t('enterprises.chain')} name="chainId" value={chainId} onChange={(e) => setChainId(e.target.value)} error={fieldError('chainId')}>
          <option value="">{t('enterprises.noneSelected')}</option>
          {chains.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </SelectField>
        <SelectField key={chainId} label={t('enterprises.node')} name="nodeId" defaultValue={enterprise?.chainId === chainId ? (enterprise?.nodeId ?? '') : ''} error={fieldError('nodeId')}>
          <option value="">{t('enterprises.noneSelected')}</option>
          {nodes.map((n) => (
            <option key={n.id} value={n.id}>{t(`chain.position.${n.position}`)} · {n.name}</option>
          ))}
        </SelectField>
        <SelectField label={t('enterprises.action')} name="chainAction" defaultValue={enterprise?.chainAction ?? ''} error={fieldError('chainAction')}>
          <option value="">{t('enterprises.noneSelected')}</option>
          {CHAIN_ACTIONS.map((a) => (
            <option key={a} value={a}>{t(`chain.action.${a}`)}</option>
          ))}
        </SelectField>
        <TextField label={t('enterprises.province')} name="province" defaultValue={enterprise?.province} error={fieldError('province')} />
        <TextField label={t('enterprises.city')} name="city" defaultValue={enterprise?.city} error={fieldError('city')} />
        <TextField label={t('enterprises.industry')} name="industry" defaultValue={enterprise?.industry} error={fieldError('industry')} />
        <TextField label={t('enterprises.capital')} name="registeredCapital" inputMode="decimal" defaultValue={enterprise?.registeredCapital ?? ''} error={fieldError('registeredCapital')} />
        <SelectField label={t('enterprises.scale')} name="scale" defaultValue={enterprise?.scale ?? ''} error={fieldError('scale')}>
          <option value="">{t('enterprises.noneSelected')}</option>
          {ENTERPRISE_SCALES.map((s) => (
            <option key={s} value={s}>{t(`chain.scale.${s}`)}</option>
          ))}
        </SelectField>
        <TextField label={t('enterprises.source')} name="source" defaultValue={enterprise?.source} error={fieldError('source')} />
        {teams && (
          <SelectField label={t('enterprises.team')} name="teamId" defaultValue={enterprise?.teamId ?? ''} error={fieldError('teamId')}>
            <option value="">{t('enterprises.noTeam')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>{team.name}</option>
            ))}
          </SelectField>
        )}
      </div>
      <CheckboxGroup
        legend={t('enterprises.tags')}
        name="tags"
        defaultValues={enterprise?.tags ?? []}
        options={ENTERPRISE_TAGS.map((tag) => ({ value: tag, label: t(`chain.tag.${tagMessageKey(tag)!}`) }))}
        error={fieldError('tags')}
      />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField label={t('enterprises.website')} name="website" type="url" defaultValue={enterprise?.website} error={fieldError('website')} />
        <TextField label={t('enterprises.address')} name="address" defaultValue={enterprise?.address} error={fieldError('address')} />
      </div>
      <TextAreaField label={t('enterprises.intro')} name="intro" rows={4} defaultValue={enterprise?.intro} error={fieldError('intro')} />
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{enterprise ? t('common.save') : t('common.create')}</SubmitButton>
        <ButtonLink href={enterprise ? `/enterprises/${enterprise.id}` : '/enterprises'} variant="ghost">{t('common.cancel')}</ButtonLink>
      </div>
    </form>
  );
}
