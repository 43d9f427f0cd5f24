import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { logout } from '@/app/actions';
import { Button, ButtonLink } from '@/components/ui/button';
import type { Viewer } from '@/lib/viewer';

/** An icon on a phone, where the header has no room for the words (which stay the accessible name); the words from sm up. */
function PhoneIcon({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <svg viewBox="0 0 20 20" className="size-5 sm:hidden" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
        {children}
      </svg>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </>
  );
}

/** Who is signed in (name, role, team or a liaison's department), their account security page and the logout button. */
export async function UserMenu({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations();
  return (
    <div className="flex min-w-0 items-center gap-2 sm:gap-3">
      <div className="min-w-0 text-right leading-tight" aria-label={t('header.account')}>
        <p className="truncate text-sm font-medium text-slate-900" data-testid="viewer-name">{viewer.displayName}</p>
        <p className="truncate text-xs text-slate-500">
          {t(`roles.${viewer.role}`)}
          <span className="hidden sm:inline"> · {viewer.teamName ?? viewer.departmentName ?? t('header.noTeam')}</span>
        </p>
      </div>
      <ButtonLink href="/account/password" variant="ghost" className="h-8 shrink-0 px-2">
        <PhoneIcon label={t('header.security')}>
          <path d="M10 2.5 3.75 5v4.5c0 3.9 2.6 6.9 6.25 8 3.65-1.1 6.25-4.1 6.25-8V5L10 2.5Z" strokeLinejoin="round" />
          <path d="m7.25 10 1.9 1.9 3.6-3.65" strokeLinecap="round" strokeLinejoin="round" />
        </PhoneIcon>
      </ButtonLink>
      <form action={logout}>
        <Button type="submit" variant="secondary" className="h-8 px-2 sm:px-2.5">
          <PhoneIcon label={t('header.logout')}>
            <path d="M8 3.5H5A1.5 1.5 0 0 0 3.5 5v10A1.5 1.5 0 0 0 5 16.5h3" strokeLinecap="round" />
            <path d="M12.5 6.5 16 10l-3.5 3.5M16 10H7.5" strokeLinecap="round" strokeLinejoin="round" />
          </PhoneIcon>
        </Button>
      </form>
    </div>
  );
}
