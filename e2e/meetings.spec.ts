import { expect, test } from '@playwright/test';
import { storageStateOf, unique } from './fixtures';

test.use({ storageState: storageStateOf('officer'), viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

test('on a phone an officer logs a meeting with a next step from a lead in under a minute, and finds it on the timeline and /meetings', async ({ page }) => {
  const project = unique('拜访测试项目');
  const enterprise = unique('拜访测试精密制造有限公司');
  const summary = unique('对方确认年内扩产，关注用地指标');
  const nextStep = unique('寄送园区用地政策');

  // A lead of the officer's own team to visit.
  await page.goto('/leads/new');
  await page.getByRole('radiogroup', { name: '企业' }).getByText('新企业').click();
  await page.getByLabel('企业名称').fill(enterprise);
  await page.getByLabel('项目名称').fill(project);
  await page.getByRole('button', { name: '创建线索' }).click();
  await expect(page.getByText('线索已创建。')).toBeVisible();
  const leadUrl = page.url().split('?')[0];

  const started = Date.now();
  await page.getByRole('link', { name: '记录拜访' }).click();
  await expect(page).toHaveURL(/\/meetings\/new\?leadId=/);
  await expect(page.getByTestId('meeting-context')).toContainText(project);
  await expect(page.getByTestId('meeting-context')).toContainText(enterprise);
  // Time defaults to now, kind to 外出拜访, the next step's owner to the officer: five fields to fill.
  await expect(page.getByLabel('时间')).not.toHaveValue('');
  await expect(page.getByRole('radio', { name: '外出拜访' })).toBeChecked();
  await page.getByLabel('地点').fill('企业总部会议室');
  await page.getByLabel('纪要').fill(summary);
  await page.getByLabel('结果', { exact: true }).fill('同意下月来园区考察');
  await page.getByLabel('下一步工作').fill(nextStep);
  await page.getByLabel('截止日期').fill('2099-12-31');
  await page.getByRole('button', { name: '保存拜访记录' }).click();

  await expect(page).toHaveURL(new RegExp(`${leadUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?meeting=1$`));
  await expect(page.getByText('拜访已记录。')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(60_000);

  const timeline = page.getByRole('region', { name: '动态' }).getByTestId('timeline');
  const visit = timeline.locator('li[data-kind="meeting"]', { hasText: summary });
  await expect(visit).toContainText('外出拜访');
  await expect(visit).toContainText('企业总部会议室');
  await expect(visit).toContainText('结果：同意下月来园区考察');
  await expect(timeline.locator('li[data-kind="followUp"]', { hasText: nextStep })).toContainText('待办');

  await page.goto('/meetings');
  const row = page.getByRole('row', { name: new RegExp(enterprise) });
  await expect(row).toContainText('外出拜访');
  await expect(row).toContainText(summary.slice(0, 10));
});

test('a note added on the lead’s timeline shows at once', async ({ page }) => {
  await page.goto('/leads?view=table');
  await page.locator('tbody a[href^="/leads/"]').first().click();
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  const note = unique('电话沟通：对方下周回复');
  await page.getByLabel('备注', { exact: true }).fill(note);
  await page.getByRole('button', { name: '添加备注' }).click();
  await expect(page.getByTestId('timeline').locator('li[data-kind="note"]', { hasText: note })).toBeVisible();
  await expect(page.getByLabel('备注', { exact: true })).toHaveValue('');
});
