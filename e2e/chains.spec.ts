import { expect, test } from '@playwright/test';
import { storageStateOf } from './fixtures';

test.use({ storageState: storageStateOf('leader') });

test('the chain map shows uncovered gaps with suggested targets', async ({ page }) => {
  await page.goto('/chains');
  const card = page.getByRole('link', { name: /汽车及零部件/ });
  await expect(card).toContainText('未覆盖缺口');
  await card.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('汽车及零部件 · 产业链图谱');
  for (const column of ['上游', '中游', '下游']) await expect(page.getByRole('heading', { name: new RegExp(column) })).toBeVisible();

  const gap = page.getByRole('article', { name: '车规级芯片 · 缺失' });
  await expect(gap).toContainText('未覆盖缺口');
  const targeting = page.getByRole('region', { name: /精准招商建议/ });
  const chipTargets = page.getByRole('region', { name: /^车规级芯片/ });
  await expect(targeting).toBeVisible();
  await expect(chipTargets.getByRole('listitem').first()).toBeVisible();

  // The node's enterprise count opens the library filtered to that link.
  await gap.getByRole('link', { name: /查看该环节企业/ }).click();
  await expect(page).toHaveURL(/nodeId=/);
  await expect(page.getByLabel('环节')).toHaveValue(/.+/);
});

test('a leader adds a link to a chain and it appears on the map', async ({ page }) => {
  await page.goto('/chains');
  await page.getByRole('link', { name: /人工智能/ }).click();
  await page.getByRole('link', { name: '管理', exact: true }).click();
  const name = `具身智能${Date.now().toString().slice(-5)}`;
  const addForm = page.getByRole('region', { name: '新增环节' });
  await addForm.getByLabel('环节名称').fill(name);
  await addForm.getByLabel('位置').selectOption('downstream');
  await addForm.getByLabel('现状').selectOption('missing');
  await addForm.getByRole('button', { name: '新增环节' }).click();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  await page.getByRole('link', { name: '产业链图谱' }).click();
  await expect(page.getByRole('article', { name: `${name} · 缺失` })).toContainText('未覆盖缺口');
});
