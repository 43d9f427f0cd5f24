'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { SpreadsheetImport } from '@/components/import/spreadsheet-import';
import { SelectField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { Table, Td, Th } from '@/components/ui/table';
import type { ImportFileSpec } from '@/lib/import/import-action';
import { commitLeadImport, previewLeadImport } from '../actions';

type Preview = Extract<Awaited<ReturnType<typeof previewLeadImport>>, { ok: true }>['data'];

interface Props {
  spec: ImportFileSpec;
  /** The teams an admin chooses from; null for an officer, who imports into their own team. */
  teams: { id: string; name: string }[] | null;
  teamName: string | null;
}

/**
 * The ledger import: the shared import flow, plus the team to import into (admins) and, once the file is
 * checked, how its firms were found and which rows are 撞单 — imported, but shown before the user commits.
 */
export function LeadImport({ spec, teams, teamName }: Props) {
  const t = useTranslations('leadImport');
  const ti = useTranslations('import');
  const [teamId, setTeamId] = useState('');

  const hint = teams ? t('chooseHintAdmin') : t('chooseHint', { team: teamName ?? '' });

  return (
    <SpreadsheetImport
      previewAction={previewLeadImport}
      commitAction={commitLeadImport}
      api="/api/leads/import"
      spec={spec}
      text={{ chooseHint: hint, columnsNotes: t('columnsNotes'), back: t('backToLeads') }}
      backHref="/leads"
      fields={teams ? { teamId } : undefined}
      controls={(locked) =>
        teams && (
          <div className="max-w-xs">
            <SelectField label={t('teamLabel')} name="teamId" required value={teamId} onChange={(e) => setTeamId(e.target.value)} disabled={locked}>
              <option value="">{t('teamPlaceholder')}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>{team.name}</option>
              ))}
            </SelectField>
          </div>
        )
      }
      toWrite={({ counts }) => counts.valid - counts.existing}
      renderPreview={(preview) => <LeadPreview preview={preview} />}
      describeOutcome={(outcome) => ({
        written: outcome.inserted,
        message: [
          t('done', { inserted: outcome.inserted, enterprises: outcome.newEnterprises }),
          outcome.conflicts > 0 && t('doneConflicts', { count: outcome.conflicts }),
          outcome.skipped > 0 && t('doneSkipped', { count: outcome.skipped }),
          outcome.invalid > 0 && ti('doneInvalid', { count: outcome.invalid }),
        ]
          .filter(Boolean)
          .join(' '),
      })}
    />
  );
}

/** How the rows' firms were found, the rows the team already has, and the 撞单 rows as warnings. */
function LeadPreview({ preview: { counts, conflicts } }: { preview: Preview }) {
  const t = useTranslations('leadImport');
  const toWrite = counts.valid - counts.existing;
  return (
    <div className="space-y-3">
      {toWrite > 0 && (
        <p className="text-sm text-slate-700">
          {t('matchSummary', { count: toWrite, byUscc: counts.matchedByUscc, byName: counts.matchedByName, created: counts.newEnterprises })}
        </p>
      )}
      {counts.existing > 0 && <Notice tone="info">{t('existing', { count: counts.existing })}</Notice>}
      {counts.conflicts > 0 && (
        <section aria-labelledby="import-conflicts-title" className="space-y-2 rounded-lg border border-amber-200 bg-amber-50/60 p-3">
          <div>
            <h3 id="import-conflicts-title" className="text-sm font-semibold text-amber-900">{t('conflictsTitle', { count: counts.conflicts })}</h3>
            <p className="text-sm text-amber-900">{t('conflictsHint')}</p>
          </div>
          <div role="region" aria-label={t('conflictsTitle', { count: counts.conflicts })} tabIndex={0} className="max-h-72 overflow-y-auto rounded-lg focus-visible:outline-2">
            <Table>
              <caption className="sr-only">{t('conflictsTitle', { count: counts.conflicts })}</caption>
              <thead>
                <tr>
                  <Th className="w-14 text-right sm:w-20">{t('rowNumber')}</Th>
                  <Th>{t('project')}</Th>
                  <Th>{t('enterprise')}</Th>
                  <Th>{t('followedBy')}</Th>
                </tr>
              </thead>
              <tbody>
                {conflicts.map((c) => (
                  <tr key={c.rowNumber}>
                    <Td className="text-right tabular-nums">{c.rowNumber}</Td>
                    <Td>{c.projectName}</Td>
                    <Td>{c.enterpriseName}</Td>
                    <Td>{c.followers.map((f) => t('follower', { team: f.teamName, owner: f.ownerName })).join('；')}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
          {conflicts.length < counts.conflicts && <p className="text-sm text-amber-900">{t('conflictsTruncated', { shown: conflicts.length, total: counts.conflicts })}</p>}
        </section>
      )}
    </div>
  );
}
