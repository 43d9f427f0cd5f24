import { expect, test } from '@playwright/test';
import { storageStateOf } from './fixtures';

test('a leader sets a team’s funds-in-place target for the year; an officer may not open the page', async ({ browser }) => {
  const leader = await browser.newPage({ storageState: storageStateOf('leader') });
  await leader.goto('/dashboard');
  await leader.getByRole('link', { name: '年度目标' }).click();
  await expect(leader.getByRole('heading', { level: 1, name: '年度目标' })).toBeVisible();
  // The demo holds DOMAIN.md's zone target: 84 亿元 in place.
  await expect(leader.getByRole('row', { name: /^全区/ })).toContainText('840,000');

  await leader.getByRole('button', { name: '编辑“食品专班”的年度目标' }).click();
  const form = leader.getByRole('form', { name: '编辑“食品专班”的年度目标' });
  await form.getByLabel('到位资金（万元）').fill('123456.5');
  await form.getByLabel('新增线索（条）').fill('');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);
  const row = leader.getByRole('row', { name: /^食品专班/ });
  await expect(row).toContainText('123,456.5');
  await leader.reload();
  await expect(leader.getByRole('row', { name: /^食品专班/ })).toContainText('123,456.5');

  const officer = await browser.newPage({ storageState: storageStateOf('officer') });
  const response = await officer.goto('/dashboard/targets');
  expect(response?.status()).toBe(403);
});
