import { expect, test } from '@playwright/test';
import { storageStateOf, unique } from './fixtures';

/** Today in the zone (Asia/Shanghai, UTC+8), whatever the test machine's time zone. */
const zoneToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

test('an officer’s next step shows on the home page and in the bell, is marked done in one click, and the meeting is on the calendar', async ({ browser }) => {
  // A long journey across several pages: three times the default timeout.
  test.slow();
  const page = await browser.newPage({ storageState: storageStateOf('officer') });
  const enterprise = unique('跟进测试精密部件有限公司');
  const nextStep = unique('寄送园区用地方案');

  await page.goto('/leads/new');
  await page.getByRole('radiogroup', { name: '企业' }).getByText('新企业').click();
  await page.getByLabel('企业名称').fill(enterprise);
  await page.getByLabel('项目名称').fill(unique('精密部件扩产项目'));
  await page.getByRole('button', { name: '创建线索' }).click();
  await expect(page.getByText('线索已创建。')).toBeVisible();
  const leadId = new URL(page.url()).pathname.split('/').pop()!;

  await page.goto(`/meetings/new?leadId=${leadId}`);
  await page.getByLabel('纪要').fill('介绍了园区的用地和人才政策，企业关注交地时间。');
  await page.getByLabel('下一步工作').fill(nextStep);
  await page.getByLabel('截止日期').fill(zoneToday());
  await page.getByRole('button', { name: '保存拜访记录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/meetings/new'));

  // The home page: under 今天, with a link to log the meeting that does it.
  await page.goto('/dashboard');
  const card = page.getByRole('region', { name: '我的跟进事项' });
  const today = card.getByRole('region', { name: /^今天/ });
  // A busy officer's group shows its first few; the rest fold under 展开其余.
  const more = today.getByText(/^展开其余/);
  if (await more.count()) await more.click();
  await expect(today.getByText(nextStep)).toBeVisible();
  await expect(today.getByRole('link', { name: '记录拜访' }).first()).toHaveAttribute('href', /\/meetings\/new\?leadId=/);

  // The bell counts it and lists it; Escape closes the popover and gives focus back to the bell.
  const bell = page.getByRole('button', { name: /^通知（\d+ 条未读）$/ });
  await bell.click();
  const popover = page.getByRole('dialog', { name: '通知' });
  await expect(popover.getByText(nextStep)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(bell).toBeFocused();

  // One click marks it done (the fold stays open); 撤销 follows at once and brings it back.
  await card.getByRole('button', { name: `完成：${nextStep}` }).click();
  await expect(card.getByRole('button', { name: `撤销完成：${nextStep}` })).toBeVisible();
  await card.getByRole('button', { name: `撤销完成：${nextStep}` }).click();
  await card.getByRole('button', { name: `完成：${nextStep}` }).click();
  await expect(card.getByRole('button', { name: `撤销完成：${nextStep}` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: '我的跟进事项' }).getByText(nextStep)).toHaveCount(0);
  await page.getByRole('button', { name: /^通知（\d+ 条未读）$/ }).click();
  await expect(page.getByRole('dialog', { name: '通知' }).getByText(nextStep)).toHaveCount(0);

  // The calendar (this week, 我的) shows the meeting.
  await page.goto('/meetings/calendar?view=week');
  await expect(page.getByRole('link', { name: new RegExp(enterprise) }).first()).toBeVisible();
  await page.goto('/meetings/calendar?view=month');
  const month = page.getByRole('table');
  await expect(month.getByRole('columnheader', { name: '周一' })).toBeVisible();
  // A busy day's cell shows four items and links the rest ("还有 N 项") to that week.
  await expect(month.getByRole('link', { name: new RegExp(enterprise) }).or(month.getByRole('link', { name: /^还有 \d+ 项$/ })).first()).toBeVisible();

  // The .ics export has the meeting only if it is upcoming; it answers as a calendar file either way.
  const ics = await page.request.get('/api/meetings/ics');
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
});

test('a liaison has a bell but no follow-ups and no calendar', async ({ browser }) => {
  const page = await browser.newPage({ storageState: storageStateOf('liaison') });
  await page.goto('/dashboard');
  await expect(page.getByRole('button', { name: /^通知（\d+ 条未读）$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '我的跟进事项' })).toHaveCount(0);
  expect((await page.request.get('/api/meetings/ics')).status()).toBe(403);
});
