import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';

test('? opens the keyboard shortcuts and g then a goes to the agents', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('kbd', { hasText: '/' })).toBeVisible();
  await expect(page).toHaveURL(/\?shortcuts=1$/);
  await expectNoAccessibilityViolations(page, { label: 'the keyboard shortcuts dialog' });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();

  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page).toHaveURL(/\/agents$/);
  await expect(page.getByRole('textbox', { name: 'Filter agents' })).toBeVisible();
});
