import { getTranslations } from 'next-intl/server';
import { logout } from '@/app/actions';
import { Button, ButtonLink } from '@/components/ui/button';
import type { Viewer } from '@/lib/viewer';

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
      <ButtonLink href="/account/password" variant="ghost" className="h-8 px-2">
        {t('header.security')}
      </ButtonLink>
      <form action={logout}>
        <Button type="submit" variant="secondary" className="h-8 px-2.5">
          {t('header.logout')}
        </Button>
      </form>
    </div>
  );
}
