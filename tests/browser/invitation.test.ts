import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, recordRequests, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** The letter's text with whitespace collapsed, in document order. */
async function letterText(javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const requests = recordRequests(page);
  const response = await page.goto(new URL('/en/', baseUrl).href);
  const text = (await page.locator('#letter').innerText()).replace(/\s+/g, ' ');
  return { context, page, response, requests, text };
}

describe('GET /en/ (the invitation)', () => {
  it('renders the whole letter in its proper order, signature last, with JavaScript off', async () => {
    const { context, page, response, text } = await letterText(false);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Ministerial dinner with the internet industry');
    const inOrder = [
      'Dear colleague,',
      'The internet and social media play a profoundly positive role',
      'The internet is largely operated by private companies',
      'submitted to the JHA Council on 9 October 2014',
      'we will host a ministerial dinner on 8 October 2014',
      'In particular, during the discussion we would like to touch upon the following issues:',
      'The challenges posed by terrorists’ use of the Internet',
      'Internet-related security challenges',
      'Ways of building trust and more transparency.',
      'This invitation is addressed to the Member States’ Ministers of Interior, the Counter-Terrorism Coordinator and high-level representatives',
      "The dinner will take place on 8 October 2014 at 19:00 in Luxembourg (Kirchberg Conference Centre, Salle des repas ministériels, level \u22122, REM 1 & REM 2; Place de l'Europe 4, 1499 Luxembourg) on the eve of the JHA Council meeting.",
      'We would appreciate a confirmation of your participation by 29 September 2014 to the following functional e-mail address: HOME-PREVENTION@ec.europa.eu',
      'We look forward to welcoming you in Luxembourg on 8 October 2014.',
      'Yours sincerely,',
      'Cecilia Malmström',
    ];
    let from = 0;
    for (const passage of inOrder) {
      const at = text.indexOf(passage, from);
      expect(at, `"${passage}" after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + passage.length;
    }
    expect(text.slice(from).trim()).toBe('Member of the European Commission responsible for Home Affairs');
    await context.close();
  });

  it('names the time zone beside the date, the time and the deadline', async () => {
    const { context, page } = await letterText(false);
    const glance = (await page.locator('.glance').innerText()).replace(/\s+/g, ' ');
    expect(glance).toMatch(/Wednesday,? 8 October 2014/);
    expect(glance).toContain('19:00 (Luxembourg time, UTC+2)');
    expect(glance).not.toContain('22:30'); // the letter gives no end time
    // "level −2" never splits at 375 px: a no-break space, and a minus sign that stays with its digit.
    expect(await page.locator('.glance address').innerText()).toContain('level\u00a0\u22122');
    expect(glance).toContain('29 September 2014, end of day (Luxembourg time, UTC+2)');
    await context.close();
  });

  it('offers a Reply call to action to the reply page and a mailto link to the mailbox', async () => {
    const { context, page } = await letterText(false);
    const replyLinks = page.getByRole('link', { name: 'Reply to this invitation' });
    expect(await replyLinks.count()).toBeGreaterThan(0);
    for (const link of await replyLinks.all()) expect(await link.getAttribute('href')).toBe('/en/reply');
    expect(
      await page.locator('#letter a[href="mailto:HOME-PREVENTION@ec.europa.eu"]').count(),
    ).toBeGreaterThan(0);
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
    await page.goto(new URL('/en/', baseUrl).href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('prints the letter without the call to action', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('/en/', baseUrl).href);
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
    expect(response.headers.get('Location')).toBe('/en/');
    expect(response.headers.get('Vary')).toBe('Accept-Language');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('redirects to the visitor’s language, and to English for another language or a malformed header', async () => {
    const swedish = await fetch(baseUrl, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'sv-SE,sv;q=0.9' },
    });
    expect(swedish.headers.get('Location')).toBe('/sv/');
    for (const header of ['ru-RU,ru;q=0.9', ';;q=abc,,', '']) {
      const response = await fetch(baseUrl, { redirect: 'manual', headers: { 'Accept-Language': header } });
      expect(response.headers.get('Location'), header).toBe('/en/');
    }
  });
});
