import Link from 'next/link';
import type { RequestRow } from '@/db/queries/requests';

/** The enterprise, and the signed project under it when the request is about one. Links only where the viewer can read them. */
export function RequestRecordLink({ row, linked = true }: { row: Pick<RequestRow, 'enterpriseId' | 'enterpriseName' | 'projectId' | 'projectName'>; linked?: boolean }) {
  if (!linked) {
    return (
      <span>
        {row.enterpriseName}
        {row.projectName && <span className="block text-xs text-slate-500">{row.projectName}</span>}
      </span>
    );
  }
  return (
    <span>
      <Link href={`/enterprises/${row.enterpriseId}`} className="text-brand-700 hover:underline">{row.enterpriseName}</Link>
      {row.projectId && (
        <Link href={`/projects/${row.projectId}`} className="block text-xs text-slate-600 hover:underline">{row.projectName}</Link>
      )}
    </span>
  );
}
