import { expect, test } from '@playwright/test';

// The smallest proof that the e2e setup works: the built app is served and a real Chromium opens it.
test('the page opens with its title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Dockyard/);
});
