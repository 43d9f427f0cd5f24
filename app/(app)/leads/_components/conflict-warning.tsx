'use client';
import { useTranslations } from 'next-intl';

/**
 * The 撞单 warning: which other teams (and owners) already work the chosen enterprise, and the checkbox
 * that saves anyway. Only team and owner are named: another team's lead stays private.
 */
export function ConflictWarning({ followers, refused }: { followers: { teamName: string; ownerName: string }[]; refused: boolean }) {
  const t = useTranslations('leadForm');
  const te = useTranslations('errors');
  // One line per team and owner, however many leads they have on the enterprise.
  const named = [...new Map(followers.map((f) => [`${f.teamName}\u0000${f.ownerName}`, f])).values()];
  return (
    <div
      role={refused ? 'alert' : 'status'}
      data-testid="conflict-warning"
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2.5 text-sm text-amber-900"
    >
      <p className="font-medium">{t('conflictTitle')}</p>
      {refused && <p className="text-red-700">{te('leadConflict')}</p>}
      {named.length > 0 && (
        <>
          <p>{t('conflictIntro')}</p>
          <ul className="list-disc space-y-0.5 pl-5">
            {named.map((f) => (
              <li key={`${f.teamName}-${f.ownerName}`}>{t('conflictItem', { team: f.teamName, owner: f.ownerName })}</li>
            ))}
          </ul>
        </>
      )}
      <p className="text-xs text-amber-800">{t('conflictHint')}</p>
      <label className="inline-flex items-center gap-2 font-medium">
        <input type="checkbox" name="acknowledgeConflict" className="size-4 accent-amber-600" />
        {t('conflictAcknowledge')}
      </label>
    </div>
  );
}
