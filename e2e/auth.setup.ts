import { test as setup } from '@playwright/test';
import { DEMO_USERS, login, storageStateOf } from './fixtures';

for (const user of DEMO_USERS) {
  setup(`log in as ${user}`, async ({ page }) => {
    await login(page, user);
    await page.context().storageState({ path: storageStateOf(user) });
  });
}
