import { expect, test, type Page } from '@playwright/test';
import { storageStateOf, unique } from './fixtures';

const DEPARTMENT = '行政审批局';

/** The leader's dashboard row for the demo liaison's department: open and overdue counts. */
async function departmentCounts(leader: Page): Promise<{ open: number; overdue: number }> {
  await leader.goto('/dashboard');
  const row = leader.getByRole('region', { name: /^企业诉求闭环/ }).getByRole('row').filter({ hasText: DEPARTMENT });
  const cells = row.getByRole('cell');
  return { open: Number(await cells.nth(1).innerText()), overdue: Number(await cells.nth(2).innerText()) };
}

test('an officer raises a request, the department’s liaison accepts and reports it done, the officer confirms 不满意 and it reopens; the dashboard counts follow', async ({ browser }) => {
  // Three people, four visits to the leader's dashboard: longer than one page's journey.
  test.slow();
  const leader = await browser.newPage({ storageState: storageStateOf('leader') });
  const before = await departmentCounts(leader);

  // From one of the officer's signed projects.
  const officer = await browser.newPage({ storageState: storageStateOf('officer') });
  await officer.goto('/projects?view=table');
  await officer.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  await expect(officer).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  const projectUrl = new URL(officer.url()).pathname;
  await officer.getByRole('region', { name: /^企业诉求/ }).getByRole('link', { name: '提出诉求' }).click();
  await expect(officer.getByRole('heading', { level: 1, name: '提出企业诉求' })).toBeVisible();
  // An empty form is refused field by field.
  await officer.getByLabel('诉求内容').fill('');
  await officer.getByRole('button', { name: '提交诉求' }).click();
  await expect(officer.getByText('请从列表中选择')).toBeVisible();
  await expect(officer.getByText('必填')).toHaveCount(2);
  const text = unique('施工许可证办理材料需提前预审');
  await officer.getByLabel('诉求类别').selectOption({ label: '审批' });
  await officer.getByLabel('紧急程度').selectOption({ label: '紧急' });
  await officer.getByLabel('诉求内容').fill(text);
  await officer.getByLabel('责任部门').selectOption({ label: DEPARTMENT });
  // Already past: the request is overdue from the start.
  await officer.getByLabel('办理时限').fill('2021-03-01');
  await officer.getByRole('button', { name: '提交诉求' }).click();
  await expect(officer.getByText('诉求已提交，等待责任部门受理。')).toBeVisible();
  const requestUrl = new URL(officer.url()).pathname;
  expect(requestUrl).toMatch(/^\/requests\/[0-9a-f-]{36}$/);
  // Officers do not accept for the department.
  await expect(officer.getByRole('button', { name: '受理' })).toHaveCount(0);

  expect(await departmentCounts(leader)).toEqual({ open: before.open + 1, overdue: before.overdue + 1 });

  // The liaison sees it in their department's list, overdue in red, and handles it.
  const liaison = await browser.newPage({ storageState: storageStateOf('liaison') });
  await liaison.goto('/requests?state=overdue');
  const row = liaison.getByRole('row').filter({ hasText: text });
  await expect(row).toHaveAttribute('data-overdue', 'true');
  await expect(row).toContainText('已逾期');
  await expect(row.getByTestId('request-deadline')).toHaveClass(/text-red-700/);
  await row.getByRole('link', { name: text }).click();
  await expect(liaison).toHaveURL(new RegExp(`${requestUrl}$`));
  await liaison.getByLabel('受理意见（可选）').fill('已受理，安排专人预审');
  await liaison.getByRole('button', { name: '受理', exact: true }).click();
  await expect(liaison.getByRole('list', { name: '办理记录' })).toContainText('部门受理');
  const result = unique('已组织预审，材料齐全');
  await liaison.getByRole('textbox', { name: /^办理结果/ }).fill(result);
  await liaison.getByRole('button', { name: '报告办结' }).click();
  await expect(liaison.getByRole('list', { name: '办理记录' })).toContainText(result);
  // The department does not confirm for the enterprise.
  await expect(liaison.getByRole('button', { name: '确认', exact: true })).toHaveCount(0);

  // Resolved: no longer open, no longer overdue.
  expect(await departmentCounts(leader)).toEqual(before);

  // The officer confirms with the enterprise: not satisfied, with a new deadline.
  await officer.goto(requestUrl);
  await expect(officer.getByText(result).first()).toBeVisible();
  await officer.getByLabel('企业满意度').selectOption({ label: '不满意' });
  await officer.getByLabel('回访情况（可选）').fill('企业反映仍需补充材料');
  await officer.getByLabel('重新办理时限（不满意时）').fill('2099-06-30');
  await officer.getByRole('button', { name: '确认', exact: true }).click();
  const history = officer.getByRole('list', { name: '办理记录' });
  await expect(history).toContainText('不满意，重新办理');
  await expect(history.getByRole('listitem')).toHaveCount(4);
  await expect(officer.getByRole('region', { name: '诉求信息' })).toContainText('办理中');

  // Back with the department, open again but not overdue (the new deadline is ahead).
  expect(await departmentCounts(leader)).toEqual({ open: before.open + 1, overdue: before.overdue });
  await liaison.goto('/requests');
  await expect(liaison.getByRole('row').filter({ hasText: text })).toContainText('重办 1 次');

  // The project's page lists it with its state.
  await officer.goto(projectUrl);
  const onProject = officer.getByRole('region', { name: /^企业诉求/ }).getByRole('listitem').filter({ hasText: text });
  await expect(onProject).toContainText('办理中');
  await expect(onProject).not.toHaveAttribute('data-overdue', 'true');
});

test('another department’s liaison cannot open the request; a leader cannot raise one', async ({ browser }) => {
  const leader = await browser.newPage({ storageState: storageStateOf('leader') });
  expect((await leader.goto('/requests/new?projectId=00000000-0000-4000-8000-000000000000'))?.status()).toBe(403);
  // A wrong or foreign id reads as not found.
  const liaison = await browser.newPage({ storageState: storageStateOf('liaison') });
  expect((await liaison.goto('/requests/00000000-0000-4000-8000-000000000000'))?.status()).toBe(404);
});
