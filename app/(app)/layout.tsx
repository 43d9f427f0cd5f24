import { AppShell } from '@/components/shell/app-shell';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { NAV_ITEMS } from '@/components/shell/nav-items';
import { UserMenu } from '@/components/shell/user-menu';
import { can } from '@/lib/permissions';
import { requireViewer } from '@/lib/viewer';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  const nav = NAV_ITEMS.filter((item) => can(viewer.role, item.permission)).map(({ key, href }) => ({ key, href }));
  return (
    <AppShell nav={nav} languageSwitch={<LanguageSwitch />} account={<UserMenu viewer={viewer} />}>
      {children}
    </AppShell>
  );
}
