import { expect, test } from '@playwright/test';
import { storageStateOf, unique } from './fixtures';

test('a leader assigns a supervision item on a lead with a past deadline; the officer sees it red and reports; the leader closes it', async ({ browser }) => {
  // Two people and a dozen pages: beside the intranet walks it outgrew 30 s on two cores.
  test.slow();
  // A lead of 汽车及零部件专班: the officer's own list holds only their team's leads.
  const officer = await browser.newPage({ storageState: storageStateOf('officer') });
  await officer.goto('/leads?view=table');
  await officer.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  await expect(officer).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  const leadUrl = new URL(officer.url()).pathname;
  // Officers do not assign (the sidebar's 督办 is the list, not the button).
  await expect(officer.getByRole('main').getByRole('link', { name: '督办', exact: true })).toHaveCount(0);

  const leader = await browser.newPage({ storageState: storageStateOf('leader') });
  await leader.goto(leadUrl);
  await leader.getByRole('main').getByRole('link', { name: '督办', exact: true }).click();
  await expect(leader.getByRole('heading', { level: 1, name: '交办督办事项' })).toBeVisible();
  const title = unique('督办：落实企业用地需求');
  await leader.getByLabel(/^督办事项/).fill(title);
  await expect(leader.getByLabel('承办专班')).toHaveValue(/.+/);
  await expect(leader.getByLabel('承办专班').locator('option:checked')).toHaveText('汽车及零部件专班');
  await leader.getByLabel('承办人').selectOption({ label: '李明' });
  await leader.getByLabel('办理时限').fill('2021-03-01');
  await leader.getByRole('button', { name: '交办' }).click();
  await expect(leader.getByText('已交办。')).toBeVisible();
  const itemUrl = new URL(leader.url()).pathname;
  expect(itemUrl).toMatch(/^\/supervision\/[0-9a-f-]{36}$/);

  // The officer's list: overdue, in red, with the words too.
  await officer.goto('/supervision?state=overdue');
  const row = officer.getByRole('row').filter({ hasText: title });
  await expect(row).toHaveAttribute('data-overdue', 'true');
  await expect(row).toContainText('已逾期');
  await expect(row.getByTestId('supervision-deadline')).toHaveClass(/text-red-700/);
  // The lead's page lists it with its state, overdue in words.
  await officer.goto(leadUrl);
  const onLead = officer.getByRole('region', { name: /^督办事项/ }).getByRole('listitem').filter({ hasText: title });
  await expect(onLead).toHaveAttribute('data-overdue', 'true');
  await expect(onLead).toContainText('已逾期');
  // The officer's home lists it among the overdue items, in red.
  await officer.goto('/dashboard');
  const overdueCard = officer.getByRole('region', { name: /^逾期督办/ });
  await overdueCard.getByRole('link', { name: title }).click();
  await expect(officer).toHaveURL(new RegExp(`${itemUrl}$`));
  const note = unique('已与企业对接，用地指标已报');
  await officer.getByLabel('本次办理情况').fill(note);
  await officer.getByRole('button', { name: '报告进展' }).click();
  await expect(officer.getByRole('list', { name: '办理情况记录' })).toContainText(note);
  await expect(officer.getByRole('list', { name: '办理情况记录' })).toContainText('李明');
  // Officers neither close nor reopen.
  await expect(officer.getByRole('button', { name: '办结' })).toHaveCount(0);

  await leader.goto('/supervision');
  const leaderRow = leader.getByRole('row').filter({ hasText: title });
  await expect(leaderRow).toContainText(note);
  await leaderRow.getByRole('link', { name: title }).click();
  await leader.getByLabel('办结意见').fill('已落实，办结');
  await leader.getByRole('button', { name: '办结', exact: true }).click();
  await expect(leader.getByRole('button', { name: '重新打开' })).toBeVisible();
  await expect(leader.getByText('已办结', { exact: true })).toBeVisible();

  await officer.goto('/supervision?state=closed');
  const closedRow = officer.getByRole('row').filter({ hasText: title });
  await expect(closedRow).toContainText('已办结');
  await expect(closedRow).not.toHaveAttribute('data-overdue', 'true');
});

test('a liaison may not open the supervision list, nor an officer the assignment form', async ({ browser }) => {
  const liaison = await browser.newPage({ storageState: storageStateOf('liaison') });
  expect((await liaison.goto('/supervision'))?.status()).toBe(403);
  const officer = await browser.newPage({ storageState: storageStateOf('officer') });
  expect((await officer.goto('/supervision/new?leadId=00000000-0000-4000-8000-000000000000'))?.status()).toBe(403);
});
