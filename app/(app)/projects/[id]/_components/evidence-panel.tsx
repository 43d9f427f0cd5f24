import { useLocale, useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { Table, Td, Th } from '@/components/ui/table';
import type { EvidenceRow } from '@/db/queries/project-files';
import type { MilestoneRow } from '@/db/queries/project-milestones';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { deleteEvidenceFile } from '../../actions';
import { EvidenceUpload } from './evidence-upload';

/** "1.2 MB", "84 KB": enough to tell a scan from a one-page PDF. */
function formatSize(bytes: number, locale: Locale): string {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${n.format(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${n.format(bytes / 1024)} KB`;
  return `${bytes} B`;
}

interface Props {
  projectId: string;
  files: EvidenceRow[];
  milestones: MilestoneRow[];
  canEdit: boolean;
}

/** 佐证材料: every file of the project (download links), the upload form and deletion for those who edit. */
export function EvidencePanel({ projectId, files, milestones, canEdit }: Props) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const e = (key: string) => t(`project.evidence.${key}`);
  const milestoneName = (id: string | null) => {
    const m = id ? milestones.find((x) => x.id === id) : undefined;
    return m ? t(`milestoneKind.${m.kind}`) : '—';
  };
  return (
    <div className="space-y-4">
      {files.length === 0 ? (
        <p className="text-sm text-slate-500">{e('empty')}</p>
      ) : (
        <Table data-testid="evidence-table">
          <caption className="sr-only">{e('caption')}</caption>
          <thead>
            <tr>
              <Th>{e('fileName')}</Th>
              <Th className="hidden sm:table-cell">{e('kind')}</Th>
              <Th className="hidden md:table-cell">{e('milestone')}</Th>
              <Th className="hidden text-right sm:table-cell">{e('size')}</Th>
              <Th className="hidden md:table-cell">{e('uploadedAt')}</Th>
              {canEdit && <Th><span className="sr-only">{t('common.actions')}</span></Th>}
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id} className="align-top hover:bg-slate-50">
                <Td className="min-w-40">
                  <a href={`/api/projects/files/${f.id}`} className="font-medium text-brand-700 hover:underline wrap-anywhere" aria-label={t('project.evidence.download', { name: f.fileName })}>
                    {f.fileName}
                  </a>
                  {/* On a phone the kind and size ride under the name. */}
                  <div className="mt-0.5 text-xs text-slate-500 sm:hidden">
                    {e(`kinds.${f.kind}`)} · {formatSize(f.size, locale)}
                  </div>
                </Td>
                <Td className="hidden min-w-20 sm:table-cell">{e(`kinds.${f.kind}`)}</Td>
                <Td className="hidden min-w-20 md:table-cell">{milestoneName(f.milestoneId)}</Td>
                <Td className="hidden text-right whitespace-nowrap tabular-nums sm:table-cell">{formatSize(f.size, locale)}</Td>
                <Td className="hidden whitespace-nowrap text-slate-600 tabular-nums md:table-cell">
                  {formatDateTime(f.createdAt, locale)}
                  <div className="text-xs text-slate-500">{f.uploadedByName ?? '—'}</div>
                </Td>
                {canEdit && (
                  <Td className="text-right">
                    <ConfirmAction
                      action={deleteEvidenceFile}
                      fields={{ projectId, id: f.id }}
                      variant="secondary"
                      label={e('delete')}
                      title={t('project.evidence.deleteTitle', { name: f.fileName })}
                      message={e('deleteMessage')}
                    />
                  </Td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canEdit && (
        <div className="border-t border-slate-100 pt-4">
          <h3 className="mb-3 text-sm font-medium text-slate-700">{e('upload')}</h3>
          <EvidenceUpload projectId={projectId} milestones={milestones.map((m) => ({ id: m.id, name: t(`milestoneKind.${m.kind}`) }))} />
        </div>
      )}
    </div>
  );
}
