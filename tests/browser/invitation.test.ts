import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, recordRequests, useBrowser } from './browser.ts';
import type { Event } from '#schemas/event.ts';
import { pagesSay } from '#tests/support/expected.ts';
import { EVENT, events, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** The letter's text with whitespace collapsed, in document order. */
async function letterText(javaScriptEnabled: boolean, event: Event = EVENT) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const requests = recordRequests(page);
  const response = await page.goto(new URL(urls.invitation(event, 'en'), baseUrl).href);
  const text = (await page.locator('#letter').innerText()).replace(/\s+/g, ' ');
  return { context, page, response, requests, text };
}

/** The shipped events whose English pages tests/support/expected.ts describes. */
const described = events.flatMap((event) => {
  const say = pagesSay[event.id];
  return say && event.languages.includes('en') ? [{ event, say }] : [];
});

describe.each(described)('$event.id: the English letter', ({ event, say }) => {
  it('renders the whole letter in its proper order, signature last, with JavaScript off', async () => {
    const { context, page, response, text } = await letterText(false, event);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe(say.letter.heading);
    let from = 0;
    for (const passage of say.letter.inOrder) {
      const at = text.indexOf(passage, from);
      expect(at, `"${passage}" after position ${from} of: ${text}`).toBeGreaterThanOrEqual(from);
      from = at + passage.length;
    }
    expect(text.slice(from).trim()).toBe(say.letter.after);
    await context.close();
  });

  it('names the time zone beside the date, the time and the deadline', async () => {
    const { context, page } = await letterText(false, event);
    const glance = (await page.locator('.glance').innerText()).replace(/\s+/g, ' ');
    expect(glance).toMatch(say.glance.date);
    expect(glance).toContain(say.glance.time);
    expect(glance).toContain(say.glance.deadline);
    for (const absent of say.glance.absent) expect(glance).not.toContain(absent);
    await context.close();
  });
});

describe('GET /{event}/en/ (the invitation)', () => {
  it('keeps every number of the venue with its word ("level −2", "REM 1"): no line break strands it', async () => {
    for (const event of events) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(new URL(urls.invitation(event, event.original), baseUrl).href);
      const address = await page.locator('.glance address').innerText();
      expect(address.length).toBeGreaterThan(0);
      expect(address, event.id).not.toMatch(/\p{L} [\u2212\u2013-]?\d/u);
      await context.close();
    }
  });

  it('offers a Reply call to action to the reply page and a mailto link to the mailbox', async () => {
    const { context, page } = await letterText(false);
    const replyLinks = page.getByRole('link', { name: 'Reply to this invitation' });
    expect(await replyLinks.count()).toBeGreaterThan(0);
    for (const link of await replyLinks.all())
      expect(await link.getAttribute('href')).toBe(urls.reply(EVENT, 'en'));
    expect(await page.locator(`#letter a[href="mailto:${EVENT.mailbox}"]`).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('has no inline script and makes no request to another origin', async () => {
    const { context, page, requests } = await letterText(true);
    await page.waitForLoadState('networkidle');
    const scripts = await page
      .locator('script')
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ src: node.getAttribute('src'), inline: (node.textContent ?? '').trim() })),
      );
    for (const script of scripts) {
      expect(script.src).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      expect(script.inline).toBe('');
    }
    expect(requests.filter((url) => url.origin !== new URL(baseUrl).origin).map(String)).toEqual([]);
    await context.close();
  });

  it('has no accessibility violations (axe-core, WCAG 2.1 AA)', async () => {
    const { context, page } = await letterText(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(new URL(urls.invitation(EVENT, 'en'), baseUrl).href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('prints the letter without the call to action', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(urls.invitation(EVENT, 'en'), baseUrl).href);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.cta').isVisible()).toBe(false);
    expect(await page.locator('.letter').isVisible()).toBe(true);
    await context.close();
  });
});

describe('GET /', () => {
  it('redirects to the English invitation, varies on Accept-Language and is never cached', async () => {
    const response = await fetch(baseUrl, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'en-GB,en;q=0.8' },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe(urls.invitation(EVENT, 'en'));
    expect(response.headers.get('Vary')).toBe('Accept-Language');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('redirects to the visitor’s language, and to English for another language or a malformed header', async () => {
    const swedish = await fetch(baseUrl, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'sv-SE,sv;q=0.9' },
    });
    expect(swedish.headers.get('Location')).toBe(urls.invitation(EVENT, 'sv'));
    for (const header of ['ru-RU,ru;q=0.9', ';;q=abc,,', '']) {
      const response = await fetch(baseUrl, { redirect: 'manual', headers: { 'Accept-Language': header } });
      expect(response.headers.get('Location'), header).toBe(urls.invitation(EVENT, 'en'));
    }
  });
});
