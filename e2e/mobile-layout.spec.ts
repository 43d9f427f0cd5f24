// On a phone (375 px) no page may be wider than the screen: tables scroll inside their frame, and a long
// Chinese clause (which keep-all does not break between characters) wraps inside its card instead of
// stretching the column it sits in.
import { expect, test, type Page } from '@playwright/test';
import { ADMIN_TABS } from '../app/(app)/admin/_components/admin-tabs';
import { NAV_ITEMS } from '../components/shell/nav-items';
import { DEMO_LOGINS } from '../lib/demo-logins';
import { can, type Permission } from '../lib/permissions';
import { storageStateOf, unique, type DemoUser } from './fixtures';
import { DETAILS, openFirst } from './page-walk';

const PHONE = { width: 375, height: 800 };

/** Pages reached from a section rather than the sidebar, with what opens them. */
const MORE: { href: string; permission: Permission }[] = [
  { href: '/reports/monthly', permission: 'reports.view' },
  { href: '/dashboard/assessment', permission: 'assessment.view' },
  { href: '/dashboard/targets', permission: 'targets.read' },
  { href: '/leads?view=table', permission: 'leads.read' },
];

/** How much wider than the screen the page lays out (0 when it fits), once it has rendered. */
async function overflow(page: Page): Promise<number> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const user of ['admin', 'leader', 'officer'] as const satisfies readonly DemoUser[]) {
  test.describe(user, () => {
    test.use({ storageState: storageStateOf(user), viewport: PHONE });

    test(`every page of the ${user} fits a phone's width`, async ({ page }) => {
      // Up to 25 pages in a row.
      test.slow();
      const role = DEMO_LOGINS.find((login) => login.username === user)!.role;
      const permitted = <T extends { permission: Permission }>(items: T[]) => items.filter((item) => can({ role }, item.permission));
      const tabs = ADMIN_TABS.filter((tab) => tab.permissions.some((p) => can({ role }, p)));
      const hrefs = [...permitted(NAV_ITEMS), ...permitted(MORE), ...tabs].map((item) => item.href);
      const wide: string[] = [];
      const measure = async (where: string) => {
        const extra = await overflow(page);
        if (extra > 0) wide.push(`${where}: ${extra} px too wide`);
      };

      for (const href of hrefs) {
        await page.goto(href);
        await measure(href);
        for (const detail of permitted(DETAILS).filter((d) => d.from === href)) {
          if (await openFirst(page, detail.href)) await measure(new URL(page.url()).pathname);
          if (new URL(page.url()).pathname !== href) await page.goto(href);
        }
      }
      expect(wide).toEqual([]);
    });
  });
}

test('a long note without spaces wraps on a phone instead of widening the enterprise page', async ({ browser }) => {
  const page = await browser.newPage({ storageState: storageStateOf('officer'), viewport: PHONE });
  await page.goto('/enterprises');
  expect(await openFirst(page, DETAILS.find((d) => d.kind === 'enterprise')!.href)).toBe(true);
  // One clause of 40 characters, wider than the screen, as minutes are often written.
  const note = unique('视频会议讨论电解槽智能化技术改造项目投资协议文本双方法务逐条核对完毕');
  await page.getByRole('textbox', { name: '备注' }).fill(note);
  await page.getByRole('button', { name: '添加备注' }).click();
  await expect(page.getByText(note)).toBeVisible();
  expect(await overflow(page)).toBe(0);
});
