import { AppShell } from '@/components/shell/app-shell';
import { GlobalSearch } from '@/components/shell/global-search';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { NAV_ITEMS } from '@/components/shell/nav-items';
import { NotificationBell } from '@/components/shell/notification-bell';
import { UserMenu } from '@/components/shell/user-menu';
import { getLocale } from 'next-intl/server';
import { listMyFollowUps } from '@/db/queries/follow-ups';
import { listNotifications } from '@/db/queries/notifications';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { can } from '@/lib/permissions';
import { requireViewer } from '@/lib/viewer';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  const nav = NAV_ITEMS.filter((item) => can(viewer, item.permission)).map(({ key, href }) => ({ key, href }));
  const [{ items, unread }, followUps, locale] = await Promise.all([
    listNotifications(viewer),
    // Due follow-ups ring the bell live; liaisons have none.
    can(viewer, 'meetings.read') ? listMyFollowUps(viewer) : Promise.resolve([]),
    getLocale() as Promise<Locale>,
  ]);
  const bell = (
    <NotificationBell
      unread={unread}
      notifications={items.map((n) => ({ id: n.id, kind: n.kind, data: n.data, link: n.link, read: n.read, time: formatDateTime(n.createdAt, locale) }))}
      followUps={followUps.flatMap((f) =>
        f.bucket === 'overdue' || f.bucket === 'today'
          ? [{ id: f.id, title: f.title, bucket: f.bucket, enterpriseName: f.enterpriseName, href: f.leadId ? `/leads/${f.leadId}` : '/dashboard' }]
          : [],
      )}
    />
  );
  return (
    <AppShell
      bell={bell}
      nav={nav}
      languageSwitch={<LanguageSwitch />}
      account={<UserMenu viewer={viewer} />}
      search={can(viewer, 'enterprises.read') ? <GlobalSearch /> : undefined}
    >
      {children}
    </AppShell>
  );
}
