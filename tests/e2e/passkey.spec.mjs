// Fingerprint or face on top of the passcode: a passkey with the PRF extension, made on a
// virtual platform authenticator (Chromium's, through the DevTools protocol, as a phone's
// would be), opens the locked app; a failed check says so and the passcode still works; a
// new passcode keeps it working; removing it leaves the passcode only; a browser without a
// platform authenticator, or one without PRF, never offers it or says why not.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { LockScreen, LockSection, PeoplePage, PersonPage } from './pages.mjs';
import { everythingStored } from './stored-words.mjs';

// WebAuthn refuses IP addresses as the site's name: the same server, by its host name.
test.use({ baseURL: `http://localhost:${process.env.E2E_PORT ?? 4173}` });

const PIN = '482916';
const NEW_PIN = '735102';

/** A platform authenticator on `page` that checks who holds the phone, as a phone's does. */
async function phoneAuthenticator(page, { prf = true } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      ctap2Version: 'ctap2_1',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf: prf,
      automaticPresenceSimulation: true,
    },
  });
  return {
    /** The next checks pass (true) or fail (false), as a finger that is or is not the owner's. */
    recognises: (yes) => cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: yes }),
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    forgetAll: () => cdp.send('WebAuthn.clearCredentials', { authenticatorId }),
  };
}

async function lockedWithNote(page) {
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Quillon Tamsin');
  await new PersonPage(page).notes.fill('Worried about deportation');
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  const lock = new LockSection(page);
  await lock.open();
  await lock.turnOn(PIN);
  return lock;
}

const passkeyButton = (page) => page.getByRole('button', { name: 'Unlock with fingerprint or face' });

async function addPasskey(page, passcode) {
  await page.getByLabel('Passcode, to add fingerprint or face').fill(passcode);
  await page.getByRole('button', { name: 'Use fingerprint or face too' }).click();
}

test('fingerprint or face opens the locked app; a failed check leaves the passcode; a new passcode keeps it', async ({ page }) => {
  const phone = await phoneAuthenticator(page);
  const lock = await lockedWithNote(page);
  await expect(page.getByRole('heading', { name: 'Fingerprint or face' })).toBeVisible();
  await addPasskey(page, '000000');
  await expect(lock.problem).toHaveText('That passcode is not right.');
  expect(await phone.credentials(), 'no passkey made for a wrong passcode').toHaveLength(0);
  await addPasskey(page, PIN);
  await expect(lock.outcome).toHaveText(/Fingerprint or face now opens the app on this phone/);
  expect(await phone.credentials()).toHaveLength(1);
  await expectNoAccessibilityViolations(page, 'the lock settings with a passkey');
  const stored = await everythingStored(page);
  expect(stored).toContain('credential_id');
  expect(stored).not.toContain('deportation');

  await page.getByRole('button', { name: 'Lock now' }).click();
  const screen = new LockScreen(page);
  await expect(screen.heading).toBeVisible();
  await expectNoAccessibilityViolations(page, 'the lock screen with a passkey');
  await passkeyButton(page).click();
  await expect(lock.region, 'back where it was').toBeVisible();
  // Moving about in the app (a reload would lock it again).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('link', { name: /Quillon Tamsin/ }).click();
  await expect(new PersonPage(page).notes).toHaveValue('Worried about deportation');

  // A new passcode wraps the same data key, so the passkey keeps opening the app.
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await lock.change(PIN, NEW_PIN);
  await expect(lock.outcome).toHaveText('The passcode is changed. Use the new one from now on.');
  await page.getByRole('button', { name: 'Lock now' }).click();
  await passkeyButton(page).click();
  await expect(lock.region).toBeVisible();

  // Someone else's finger: refused, nothing shown, and the passcode still opens it.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await phone.recognises(false);
  await passkeyButton(page).click();
  await expect(screen.message).toHaveText(/cancelled or not recognised\. Try again, or use the passcode\./);
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('Quillon');
  await phone.recognises(true);
  await screen.unlock(NEW_PIN);
  await expect(lock.region).toBeVisible();

  // Removed: the phone is asked to drop the passkey; the lock screen offers the passcode only.
  const [made] = await phone.credentials();
  await page.evaluate(() => {
    const signal = PublicKeyCredential.signalUnknownCredential.bind(PublicKeyCredential);
    window.signalled = [];
    PublicKeyCredential.signalUnknownCredential = (options) => {
      window.signalled.push(options);
      return signal(options);
    };
  });
  await page.getByRole('button', { name: 'Stop using fingerprint or face' }).click();
  await expect(lock.outcome).toHaveText(/Only the passcode opens the app now\. The phone was asked to remove the passkey/);
  expect(await page.evaluate(() => window.signalled)).toEqual([{
    rpId: new URL(page.url()).hostname,
    credentialId: Buffer.from(made.credentialId, 'base64').toString('base64url'),
  }]);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(screen.heading).toBeVisible();
  await expect(passkeyButton(page)).toHaveCount(0);
  await screen.unlock(NEW_PIN);
  await expect(lock.region).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use fingerprint or face too' })).toBeVisible();
});

test('a passkey deleted from the phone says to use the passcode; turning the lock off forgets it', async ({ page }) => {
  const phone = await phoneAuthenticator(page);
  const lock = await lockedWithNote(page);
  await addPasskey(page, PIN);
  await expect(lock.outcome).toHaveText(/Fingerprint or face now opens the app/);
  await phone.forgetAll();
  await page.getByRole('button', { name: 'Lock now' }).click();
  const screen = new LockScreen(page);
  await passkeyButton(page).click();
  await expect(screen.message).toHaveText(/Try again, or use the passcode\./);
  await screen.unlock(PIN);
  await expect(lock.region).toBeVisible();
  await lock.turnOff(PIN);
  await expect(lock.outcome).toContainText('The lock is off.');
  expect(await everythingStored(page)).not.toContain('credential_id');
  await lock.turnOn(PIN);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(screen.heading).toBeVisible();
  await expect(passkeyButton(page), 'a lock turned on again starts with the passcode only').toHaveCount(0);
});

test('without a platform authenticator fingerprint or face is not offered; without PRF it says why', async ({ page }) => {
  await lockedWithNote(page);
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Fingerprint or face' })).toHaveCount(0);

  const phone = await phoneAuthenticator(page, { prf: false });
  await page.reload();
  const screen = new LockScreen(page);
  await expect(passkeyButton(page)).toHaveCount(0);
  await screen.unlock(PIN);
  const lock = new LockSection(page);
  await expect(lock.region).toBeVisible();
  await addPasskey(page, PIN);
  await expect(lock.problem).toHaveText(/cannot keep the app's key \(they lack the PRF extension\)/);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(screen.heading).toBeVisible();
  await expect(passkeyButton(page)).toHaveCount(0);
  expect(await phone.credentials()).toHaveLength(1);
});
