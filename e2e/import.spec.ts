import { expect, test } from '@playwright/test';
import { storageStateOf, unique } from './fixtures';

test.use({ storageState: storageStateOf('officer') });

test('an officer imports a file with 2 bad rows and sees exactly those errors', async ({ page }) => {
  const tag = unique('');
  const csv = [
    '企业名称,统一社会信用代码,省份,城市,产业链,产业链环节,招商方向,注册资本（万元）,联系人,联系人手机',
    `导入甲${tag}有限公司,,江苏,苏州,汽车及零部件,车规级芯片,补链,1200,张导入,13800001111`,
    `导入乙${tag}有限公司,91350100M000100Y4X,广东,深圳,,,,300,,`,
    `,,上海,上海,,,,,,`,
    `导入丙${tag}有限公司,,浙江,杭州,电子信息,,延链,500,,`,
  ].join('\r\n');
  await page.goto('/enterprises/import');
  await expect(page.getByRole('link', { name: '下载导入模板' })).toBeVisible();
  await page.getByLabel('导入文件').setInputFiles({ name: 'enterprises.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
  await page.getByRole('button', { name: '检查文件' }).click();

  await expect(page.getByText('已读取 4 行 · 有效 2 行 · 有问题 2 行')).toBeVisible();
  const problems = page.getByRole('table');
  // Header row + one row per problem: the bad check character (row 3) and the missing name (row 4).
  await expect(problems.getByRole('row')).toHaveCount(3);
  await expect(problems.getByRole('row').nth(1)).toContainText('3');
  await expect(problems.getByRole('row').nth(1)).toContainText('统一社会信用代码');
  await expect(problems.getByRole('row').nth(2)).toContainText('4');
  await expect(problems.getByRole('row').nth(2)).toContainText('企业名称');

  await page.getByRole('button', { name: '导入有效的行' }).click();
  await expect(page.getByText(/导入完成：新增 2 家/)).toBeVisible();

  await page.goto(`/enterprises?q=${encodeURIComponent(tag)}`);
  await expect(page.getByRole('link', { name: `导入甲${tag}有限公司` })).toBeVisible();
  await expect(page.getByRole('link', { name: `导入丙${tag}有限公司` })).toBeVisible();
});
