// Install help in Settings: the browser's prompt when offered, iPhone steps, nothing once installed.
import { test, expect } from './fixtures.mjs';

const install = (page) => page.getByRole('region', { name: 'Install' });

test('where the browser offers to install, one tap opens its prompt', async ({ page }) => {
  await page.goto('/settings');
  await expect(install(page)).toContainText("Use your browser's menu");
  // The browser's offer, as Chromium makes it, with a prompt that records its use.
  await page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    offer.prompt = async () => { window.prompted = true; };
    offer.userChoice = Promise.resolve({ outcome: 'accepted', platform: 'web' });
    window.dispatchEvent(offer);
    window.offerKeptForLater = offer.defaultPrevented;
  });
  expect(await page.evaluate(() => window.offerKeptForLater)).toBe(true);
  await install(page).getByRole('button', { name: 'Install app' }).click();
  await expect(install(page)).toContainText('Installed on this device');
  expect(await page.evaluate(() => window.prompted)).toBe(true);
});

test.describe('on an iPhone', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  });

  test('Safari gets the Add to Home Screen steps', async ({ page }) => {
    await page.goto('/settings');
    await expect(install(page).getByRole('listitem')).toHaveText([
      "Tap the Share button in Safari's toolbar.",
      'Choose Add to Home Screen, then Add.',
    ]);
  });

  test('once installed, no help is offered', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
    await page.goto('/settings');
    await expect(install(page)).toContainText('Installed on this device');
    await expect(install(page).getByRole('listitem')).toHaveCount(0);
  });
});
