import { describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolationsOfSnapshot,
  clientAddressHeader,
  signInAsOrganiser,
  useBrowser,
  type Page,
} from './browser.ts';
import { urls, EVENT } from './site.ts';
import { adminTranslator } from '#i18n/index.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const url = (path: string) => new URL(path, baseUrl).href;
const browser = useBrowser();
const a = adminTranslator();
/** Screenshots for the record, when SHOTS_DIR names a folder. */
const shots = process.env.SHOTS_DIR;

async function organiserPage(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: clientAddressHeader() });
  context.setDefaultTimeout(5000);
  return context.newPage();
}

async function shoot(page: Page, name: string) {
  if (!shots) return;
  await page.locator('[data-error-summary], [data-session-ended]').first().scrollIntoViewIfNeeded();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: width === 375 });
  }
}

/**
 * The error pattern after a refused form: the title starts with "Error: ", focus is on the one
 * summary, each of its links names the field and leads to the control, and each invalid control
 * is described by its message, in the DOM and in the accessibility tree; axe finds nothing.
 */
async function expectRefusal(page: Page, expected: { links: string[]; controls: string[] }) {
  expect(await page.title()).toMatch(/^Error: .+ — Organisers$/);
  const summary = page.locator('[data-error-summary]');
  expect(await summary.count()).toBe(1);
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
  const snapshot = await summary.ariaSnapshot();
  expect(snapshot).toMatch(/^- alert/);
  for (const text of expected.links) expect(snapshot).toContain(`link "${text}"`);
  expect(await summary.locator('a').allInnerTexts()).toEqual(expected.links);

  const invalid = page.locator('[aria-invalid="true"]');
  expect(await invalid.evaluateAll((nodes) => nodes.map((node) => node.id))).toEqual(expected.controls);
  for (const control of await invalid.all()) {
    const messages = await control.evaluate((node) =>
      (node.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id))
        .filter((found) => found?.classList.contains('field-error'))
        .map((found) => found?.textContent?.trim()),
    );
    expect(messages.length, await control.evaluate((node) => node.id)).toBe(1);
    expect(messages[0]?.length).toBeGreaterThan(5);
  }
  expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

  // Following each link to a control puts focus on that control.
  for (const link of await summary.locator('a').all()) {
    const target = ((await link.getAttribute('href')) ?? '').slice(1);
    const isControl = await page.evaluate(
      (id) => ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.getElementById(id)?.tagName ?? ''),
      target,
    );
    if (!isControl) continue;
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
  }
}

/** The accessible description Chromium computes for a control (CDP's full accessibility tree). */
async function descriptionOf(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { backendDOMNodeId?: number; description?: { value?: string } }[];
  };
  const { node } = (await cdp.send('DOM.describeNode', {
    objectId: (
      (await cdp.send('Runtime.evaluate', {
        expression: `document.querySelector(${JSON.stringify(selector)})`,
      })) as {
        result: { objectId: string };
      }
    ).result.objectId,
  })) as { node: { backendNodeId: number } };
  return nodes.find((item) => item.backendDOMNodeId === node.backendNodeId)?.description?.value ?? '';
}

describe('the organisers’ forms refused, with JavaScript off and on', () => {
  for (const javaScriptEnabled of [false, true]) {
    const mode = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

    it(`${mode}: sign-in`, async () => {
      const page = await organiserPage(javaScriptEnabled);
      await page.goto(url('/admin'));
      expect(await page.title()).toBe('Sign in — Organisers');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expectRefusal(page, {
        links: ['Enter your name.', 'Enter the organisers’ password.'],
        controls: ['f-name', 'f-password'],
      });
      if (javaScriptEnabled) expect(await descriptionOf(page, '#f-name')).toContain('Enter your name.');
      await page.context().close();
    });

    it(`${mode}: add a guest, guest details, record a reply, erase and import`, async () => {
      const page = await organiserPage(javaScriptEnabled);
      await signInAsOrganiser(page, baseUrl, adminPassword);
      expect(await page.title()).toBe('Dashboard — Organisers');

      await page.goto(url(urls.admin.newGuest(EVENT)));
      expect(await page.title()).toBe('Add a guest — Organisers');
      await page.getByLabel('E-mail').fill('not an address');
      await page.getByRole('button', { name: 'Add this guest' }).click();
      await expectRefusal(page, {
        links: [
          'Enter the guest’s name.',
          'Enter the e-mail address in the form name@example.eu, or leave it empty.',
        ],
        controls: ['f-name', 'f-email'],
      });
      await page.getByLabel('Name', { exact: true }).fill(`Minister of Justice (${mode})`);
      await page.getByLabel('E-mail').fill('');
      await page.getByRole('button', { name: 'Add this guest' }).click();
      await page.waitForURL(new RegExp(`${urls.admin.dashboard(EVENT)}/guests/[a-z0-9]+\\?done=added$`));
      const guestUrl = page.url().replace(/\?.*$/, '');
      const id = guestUrl.split('/').pop() ?? '';

      // Record a reply with nothing chosen.
      await page.getByRole('button', { name: 'Record this reply' }).click();
      await expectRefusal(page, {
        links: ['Choose how the reply was received.', 'Choose the guest’s answer.'],
        controls: ['f-source', 'f-attending'],
      });
      if (javaScriptEnabled) {
        expect(await descriptionOf(page, '#f-source')).toContain('Choose how the reply was received.');
      }
      // In the organiser's voice, not the guest's ("Your name" would be read as the organiser's).
      const recordForm = page.locator('form:has(input[name=action][value=record])');
      expect(await recordForm.locator('#f-attending legend').innerText()).toMatch(/^The guest’s answer/);
      expect(await recordForm.locator('label[for="f-respondent-name"]').innerText()).toBe('Their name');
      expect(await recordForm.innerText()).not.toMatch(/\bYour (name|delegate)\b|\bI will attend\b/);
      await shoot(page, 'record-errors');

      // Guest details with the name emptied.
      await page.goto(guestUrl);
      const details = page.getByRole('region', { name: 'Edit the guest’s details' });
      await details.getByLabel('Name', { exact: true }).fill('');
      await page.getByRole('button', { name: 'Save the details' }).click();
      await expectRefusal(page, { links: ['Enter the guest’s name.'], controls: ['f-name'] });

      // Erase with a wrong id: nothing erased, the message says what to type.
      await page.goto(guestUrl);
      await page.getByLabel('Guest id').fill('wrong');
      await page.getByRole('button', { name: 'Erase all data of this guest' }).click();
      await expectRefusal(page, {
        links: [`Enter the guest’s id ${id} exactly, to confirm.`],
        controls: ['f-confirm'],
      });
      expect(await page.locator('#f-confirm-error').innerText()).toBe(
        `Enter the guest’s id ${id} exactly, to confirm.`,
      );
      expect(await page.locator('#f-confirm').inputValue()).toBe('wrong');
      expect(await page.locator('#error-summary-heading').innerText()).toMatch(/^Nothing was erased\./);
      await shoot(page, 'erase-error');

      // Import without a file.
      await page.goto(url(urls.admin.dashboard(EVENT)));
      await page.getByRole('button', { name: 'Import' }).click();
      await expectRefusal(page, { links: ['Choose the guest list (CSV) to import.'], controls: ['f-file'] });
      await page.context().close();
    });
  }
});

describe('an organiser whose session ended while recording a reply', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: gets the sign-in page (401), then the form with every value; nothing is recorded until sent again`, async () => {
      const page = await organiserPage(javaScriptEnabled);
      await signInAsOrganiser(page, baseUrl, adminPassword);
      await page.goto(url(urls.admin.newGuest(EVENT)));
      await page.getByLabel('Name', { exact: true }).fill('Minister of the Interior of Estonia');
      await page.getByRole('button', { name: 'Add this guest' }).click();
      await page.waitForURL(/\?done=added$/);
      const guestUrl = page.url().replace(/\?.*$/, '');

      await page.locator('#f-source-phone').check();
      await page.locator('input[name=attending][value=no]').check();
      await page.getByLabel(/^Note/).fill('Phone call of 22 September, private office — “regrets”');
      // The session ends: the browser's cookie names a session the server does not have.
      const cookies = await page.context().cookies();
      await page.context().clearCookies();
      await page
        .context()
        .addCookies(
          cookies.map((cookie) =>
            cookie.name === '__Host-admin' ? { ...cookie, value: 'x'.repeat(43) } : cookie,
          ),
        );
      const [response] = await Promise.all([
        page.waitForResponse((answer) => answer.request().method() === 'POST'),
        page.getByRole('button', { name: 'Record this reply' }).click(),
      ]);
      expect(response.status()).toBe(401);
      expect(response.headers()['content-type']).toMatch(/^text\/html/);
      expect(response.headers()['cache-control']).toBe('no-store');
      await page.waitForLoadState();
      expect(await page.title()).toBe('Sign in — Organisers');
      expect(await page.locator('[data-session-ended]').innerText()).toContain('nothing was saved');
      expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
      await shoot(page, 'sign-in-after-expiry');
      // A wrong password first: the note stays (#26 item 8).
      await page.getByLabel('Your name').fill('Head of Protocol');
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForLoadState();
      expect(await page.locator('[data-session-ended]').innerText()).toContain('nothing was saved');

      await page.getByLabel('Your name').fill('Head of Protocol');
      await page.getByLabel('Password').fill(adminPassword);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${guestUrl}?kept`);
      expect(await page.locator('[data-kept]').innerText()).toBe(
        'Your session had ended. Your entries are shown again: check them and send.',
      );
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-kept'))).toBe(true);
      expect(await page.locator('#f-source-phone').isChecked()).toBe(true);
      expect(await page.locator('input[name=attending][value=no]').isChecked()).toBe(true);
      expect(await page.getByLabel(/^Note/).inputValue()).toBe(
        'Phone call of 22 September, private office — “regrets”',
      );
      // Nothing was recorded yet.
      expect(await page.getByRole('region', { name: 'Current reply' }).innerText()).toContain(
        'No reply yet.',
      );
      expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

      await page.getByRole('button', { name: 'Record this reply' }).click();
      await page.waitForURL(/\?done=recorded$/);
      expect(await page.getByRole('status').innerText()).toContain('The reply was recorded.');
      await page.context().close();
    });
  }
});

describe('the idle warning, with JavaScript on (a modal dialog, as GOV.UK’s timeout warning)', () => {
  it('warns 5 minutes before the end with focus in the dialog and the page inert; Escape keeps the session and focus returns to the field; then it says the session ended', async () => {
    const page = await organiserPage(true);
    await signInAsOrganiser(page, baseUrl, adminPassword);
    await page.clock.install();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url(urls.admin.guest(EVENT, 'testrecord')));
    const dialog = page.locator('[data-session-warning]');
    expect(await dialog.isHidden()).toBe(true);
    const note = page.getByLabel(a('admin.record.note'));
    await note.fill('Telephone call of 22 September');
    await note.focus();

    await page.clock.fastForward('55:30');
    await dialog.waitFor({ state: 'visible' });
    // Modal: focus moved into it, to its button; the page behind cannot be reached.
    expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      a('admin.session.stay'),
    );
    expect(await dialog.getByRole('heading').innerText()).toBe(a('admin.session.headingWarning'));
    expect(await dialog.innerText()).toMatch(/Your session ends at \d\d\.\d\d: nothing has been sent/);
    expect(await page.getByRole('dialog', { name: a('admin.session.headingWarning') }).count()).toBe(1);
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    if (shots)
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 700 });
        await page.screenshot({ path: `${shots}/idle-dialog-${width}.png` });
      }

    // Escape: "Stay signed in"; the dialog closes and focus is back in the note, its text kept.
    const [kept] = await Promise.all([
      page.waitForResponse((answer) => answer.url().endsWith('/admin/session')),
      page.keyboard.press('Escape'),
    ]);
    expect(kept.request().method()).toBe('POST');
    expect(await kept.json()).toEqual({ endsIn: expect.any(Number), final: false });
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('note');
    expect(await note.inputValue()).toBe('Telephone call of 22 September');
    await page.clock.runFor(200); // the live region speaks a moment after it is made
    expect(await page.getByRole('status').innerText()).toBe(a('admin.session.extended'));

    // The session ends (here: the server no longer has it); the dialog says so when the time comes.
    const cookies = await page.context().cookies();
    await page.context().clearCookies();
    await page
      .context()
      .addCookies(
        cookies.map((cookie) =>
          cookie.name === '__Host-admin' ? { ...cookie, value: 'y'.repeat(43) } : cookie,
        ),
      );
    await page.clock.fastForward('01:01:00');
    await page.getByText(/Your session ended at \d\d\.\d\d/).waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe(a('admin.session.headingOver'));
    const signIn = page.getByRole('link', { name: 'Sign in' });
    expect(await signIn.getAttribute('href')).toBe(
      urls.admin.signInReturning(urls.admin.guest(EVENT, 'testrecord')),
    );
    // Focus on the message, read out; "Sign in" (which leaves the page) is a Tab away.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-session-message'))).toBe(
      true,
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Sign in');
    expect(await page.getByRole('button', { name: a('admin.session.stay') }).isHidden()).toBe(true);
    // "Close" gives the page back, to copy what is on it; focus returns to the note.
    await page.getByRole('button', { name: a('admin.session.close') }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('note');
    await page.context().close();
  });

  it('near the 12-hour limit, says the session cannot be extended: no "Stay signed in", Escape closes', async () => {
    const page = await organiserPage(true);
    await signInAsOrganiser(page, baseUrl, adminPassword);
    // As the server renders a page 4 minutes before the 12-hour limit.
    await page.route(url(urls.admin.catering(EVENT)), async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/data-ends-in="\d+"/, 'data-ends-in="240"')
        .replace('data-final="false"', 'data-final="true"');
      await route.fulfill({ response, body: html });
    });
    await page.goto(url(urls.admin.catering(EVENT)));
    const dialog = page.locator('[data-session-warning]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.innerText()).toContain('12 hours after you signed in, and cannot be extended');
    expect(await page.getByRole('button', { name: a('admin.session.stay') }).isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      a('admin.session.close'),
    );
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('shows nothing without JavaScript', async () => {
    const page = await organiserPage(false);
    await signInAsOrganiser(page, baseUrl, adminPassword);
    await page.goto(url(urls.admin.catering(EVENT)));
    expect(await page.locator('[data-session-warning]').isHidden()).toBe(true);
    expect(await page.title()).toBe('Catering and access — Organisers');
    await page.context().close();
  });
});
