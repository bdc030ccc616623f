import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { translator } from '#i18n/index.ts';
import { MAILTO_LIMIT } from '#server/invitee/closed-draft.ts';
import { accessibilityViolationsOfSnapshot, useBrowser } from './browser.ts';
import { EVENT, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const closedUrl = inject('closedUrl');
const links = inject('links');
const browser = useBrowser();
const t = translator('en');

/**
 * The deadline passes while the form is open: the page comes from the open server, and its reply is
 * answered by the closed one (the same guests and secret, the deadline passed), as if the clock had
 * moved on between opening the form and sending it. Nothing is recorded on either.
 */
async function formThatArrivesLate(javaScriptEnabled: boolean, width: number) {
  const link = links.testclosed ?? '';
  const opened = await fetch(new URL(link, closedUrl), { redirect: 'manual' });
  const closedCookie = (opened.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  await page.route('**/api/rsvp**', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const sent = new URL(route.request().url());
    const response = await route.fetch({
      url: new URL(`${sent.pathname}${sent.search}`, closedUrl).href,
      headers: {
        ...route.request().headers(),
        origin: new URL(closedUrl).origin,
        cookie: closedCookie,
      },
    });
    await route.fulfill({ response });
  });
  await page.goto(new URL(link, baseUrl).href);
  return { context, page };
}

const mailtoBody = async (page: Page) => {
  const href = (await page.getByRole('link', { name: t('reply.closed.mailto') }).getAttribute('href')) ?? '';
  return { href, body: decodeURIComponent(/[?&]body=([^&]*)/.exec(href)?.[1] ?? '') };
};

describe('a reply sent after the deadline passed while its form was open (#26)', () => {
  for (const javaScriptEnabled of [false, true])
    it(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the closed page shows the reply as typed, and the message to the organisers carries it`, async () => {
      const { context, page } = await formThatArrivesLate(javaScriptEnabled, 375);
      const comment = 'Ο υπουργός λυπάται που δεν μπορεί να παρευρεθεί.\nΘα στείλει εκπρόσωπο αργότερα.';
      await page.getByLabel(t('reply.attending.no')).check();
      await page.getByLabel(t('reply.comment')).fill(comment);
      await page.getByRole('button', { name: t('reply.submit') }).click();
      await expect.poll(() => page.locator('h1').innerText()).toBe(t('reply.closed.heading'));

      const typed = page.locator('[data-typed]');
      expect(await typed.getByRole('heading').innerText()).toBe(t('reply.closed.typed'));
      const shown = await typed.innerText();
      expect(shown).toContain(t('reply.attending.no'));
      expect(shown).toContain('Ο υπουργός λυπάται που δεν μπορεί να παρευρεθεί.');
      // Read-only: nothing on the page to type into or send.
      expect(await page.locator('form, input, textarea, select, button').count()).toBe(0);

      const { href, body } = await mailtoBody(page);
      expect(href.startsWith(`mailto:${EVENT.mailbox}?subject=`)).toBe(true);
      expect(href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
      expect(body).toContain('Minister of the Interior of Portugal');
      expect(body).toContain(t('reply.attending.no'));
      expect(body).toContain(comment.replace('\n', '\r\n'));
      // The guest and reference lines, a blank line, then the reply: never run together.
      expect(body).toContain(
        `Reference: —\r\n\r\n${t('reply.summary.attending')}: ${t('reply.attending.no')}`,
      );
      expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
      await context.close();
    });

  it('cuts a long typed reply to what every mail client opens, saying so; the page shows all of it', async () => {
    const { context, page } = await formThatArrivesLate(true, 320);
    const comment = 'Ευχαριστούμε θερμά για την πρόσκληση. '.repeat(26).trim();
    await page.getByLabel(t('reply.attending.no')).check();
    await page.getByLabel(t('reply.comment')).fill(comment);
    await page.getByRole('button', { name: t('reply.submit') }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(t('reply.closed.heading'));
    expect(await page.locator('[data-typed]').innerText()).toContain(comment);
    const { href, body } = await mailtoBody(page);
    expect(href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(href.length).toBeGreaterThan(MAILTO_LIMIT - 40);
    expect(body.endsWith(t('reply.closed.shortened'))).toBe(true);
    expect(body).toContain('Ευχαριστούμε θερμά για την πρόσκληση.');
    if (process.env.SCREENSHOT_DIR)
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/closed-typed-320.png`, fullPage: true });
    await context.close();
  });

  it('a late reply that would not have been valid still shows, field by field, and goes in the message', async () => {
    const { context, page } = await formThatArrivesLate(false, 375);
    await page.getByLabel(t('reply.attending.no')).check();
    await page.locator('[name="respondent.name"]').fill('Private Office');
    await page.locator('[name="respondent.phone"]').fill('call the office');
    await page.getByLabel(t('reply.comment')).fill('Regrets from the Minister.');
    await page.getByRole('button', { name: t('reply.submit') }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(t('reply.closed.heading'));
    const shown = await page.locator('[data-typed]').innerText();
    for (const words of [
      t('reply.attending.no'),
      'Private Office',
      'call the office',
      'Regrets from the Minister.',
    ])
      expect(shown).toContain(words);
    const { body } = await mailtoBody(page);
    expect(body).toContain(`${t('reply.respondent.phone')}: call the office`);
    expect(body).toContain('Regrets from the Minister.');
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await context.close();
  });

  it('says on the page when the message could hold only the beginning of the reply', async () => {
    const { context, page } = await formThatArrivesLate(false, 375);
    await page.getByLabel(t('reply.attending.no')).check();
    await page
      .getByLabel(t('reply.comment'))
      .fill('Ευχαριστούμε θερμά για την πρόσκληση. '.repeat(20).trim());
    await page.getByRole('button', { name: t('reply.submit') }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(t('reply.closed.heading'));
    // Said before the button that opens the message, not after it.
    const note = page.locator('[data-typed-cut]');
    expect(await note.innerText()).toBe(t('reply.closed.typedCut'));
    const button = page.getByRole('link', { name: t('reply.closed.mailto') });
    expect(
      await note.evaluate(
        (element, link) =>
          !!(element.compareDocumentPosition(link as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
        await button.elementHandle(),
      ),
    ).toBe(true);
    await context.close();
  });

  for (const javaScriptEnabled of [false, true])
    it(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the refusal comes in the language of the page the guest sent, its <html lang> too (#26 item 1)`, async () => {
      const other = EVENT.languages.find((lang) => lang !== 'en') ?? 'en';
      const { context, page } = await formThatArrivesLate(javaScriptEnabled, 375);
      await page.goto(new URL(urls.reply(EVENT, other), baseUrl).href);
      const theirs = translator(other);
      await page.getByLabel(theirs('reply.attending.no')).check();
      await page.getByRole('button', { name: theirs('reply.submit') }).click();
      await expect.poll(() => page.locator('h1').innerText()).toBe(theirs('reply.closed.heading'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(other);
      await context.close();
    });
});
