import { describe, expect, inject, it } from 'vitest';
import { event } from '#content/event.ts';
import { languages, locales } from '#i18n/locales.ts';
import { accessibilityViolations, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const url = (path: string) => new URL(path, baseUrl).href;

const browser = useBrowser();

describe('the invitation in all 24 languages', () => {
  for (const lang of locales) {
    it(`/${lang}/ is in ${languages[lang]}, has every alternate, and no accessibility violation`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      const response = await page.goto(url(`/${lang}/`));
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const alternates = await page
        .locator('link[rel="alternate"]')
        .evaluateAll((nodes) =>
          nodes.map((node) => `${node.getAttribute('hreflang')} ${node.getAttribute('href')}`),
        );
      expect(alternates).toEqual([
        ...locales.map((code) => `${code} ${event.site}${code}/`),
        `x-default ${event.site}en/`,
      ]);
      const switcher = page.locator('nav.languages a');
      expect(await switcher.count()).toBe(24);
      expect(
        await page
          .locator(`nav.languages a[hreflang="${lang}"][lang="${lang}"]`)
          .getAttribute('aria-current'),
      ).toBe('page');
      expect(await page.locator('.notice').count()).toBe(lang === 'en' ? 0 : 1);
      await page.waitForLoadState('networkidle');
      expect(violations, 'CSP violations').toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('long words and other scripts', () => {
  for (const lang of ['de', 'fi', 'hu', 'el', 'bg', 'ga']) {
    it(`/${lang}/ fits 320 px without horizontal scrolling`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(url(`/${lang}/`));
      await page.locator('nav.languages summary').click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await context.close();
    });
  }
});

describe('choosing a language', () => {
  it('keeps the visitor on the same page, and on the reply page keeps the invitation', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(links.testmalta ?? ''));
    expect(page.url()).toBe(url('/mt/reply'));
    await page.locator('nav.languages summary').click();
    await page.locator('nav.languages a[hreflang="de"]').click();
    expect(page.url()).toBe(url('/de/reply'));
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('form[action="/api/rsvp"]').count()).toBe(1);
    // A personal page is nobody's translation: the switcher, but no hreflang alternates.
    expect(await page.locator('link[rel="alternate"]').count()).toBe(0);
    await context.close();
  });
});

describe('the event time in the visitor’s own time zone', () => {
  it('is added when the visitor’s zone differs, and not otherwise', async () => {
    for (const [timezoneId, shown] of [
      ['America/New_York', true],
      ['Europe/Luxembourg', false],
    ] as const) {
      const context = await browser.newContext({ timezoneId });
      const page = await context.newPage();
      await page.goto(url('/en/'));
      const local = page.locator('.local-time');
      expect(await local.isVisible(), timezoneId).toBe(shown);
      if (shown)
        expect(await local.innerText()).toMatch(/^In your time zone: Wednesday,? 8 October 2014 at 13:00/);
      await context.close();
    }
  });
});

describe('the calendar file', () => {
  it('is served as text/calendar and linked from the letter', async () => {
    const response = await fetch(url('/de/event.ics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/calendar/);
    expect(await response.text()).toContain('DTSTART:20141008T170000Z');
    const html = await (await fetch(url('/de/'))).text();
    expect(html).toContain('href="/de/event.ics"');
  });
});

describe('the accessibility statement page', () => {
  for (const lang of ['en', 'fr', 'mt', 'el', 'ga']) {
    it(`/${lang}/accessibility gives the status, the method, the mailbox and the Ombudsman, in ${lang}, without accessibility violations`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      expect((await page.goto(url(`/${lang}/accessibility`)))?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('main h2').count()).toBe(4);
      expect(await page.locator('main a[href="mailto:HOME-PREVENTION@ec.europa.eu"]').count()).toBe(1);
      expect(await page.locator('main a[href="https://www.ombudsman.europa.eu"]').count()).toBe(1);
      expect(await page.locator('main').innerText()).toContain('2016/2102');
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('is linked from the footer of every page an invitee sees', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url(links.testmalta ?? ''));
    for (const path of ['/mt/reply', '/mt/', '/mt/privacy', '/mt/accessibility']) {
      await page.goto(url(path));
      expect(await page.locator('footer a[href="/mt/accessibility"]').count(), path).toBe(1);
      expect(await page.locator('footer a[href="/mt/privacy"]').count(), path).toBe(1);
    }
    await context.close();
  });
});

describe('the privacy statement page', () => {
  for (const lang of ['en', 'de', 'mt', 'el', 'ga']) {
    it(`/${lang}/privacy names the controller, the DPO and the EDPS, in ${lang}, without accessibility violations`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      expect((await page.goto(url(`/${lang}/privacy`)))?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const text = await page.locator('main').innerText();
      expect(text).toContain('HOME-PREVENTION@ec.europa.eu');
      expect(text).toContain('DATA-PROTECTION-OFFICER@ec.europa.eu');
      expect(await page.locator('main a[href="https://www.edps.europa.eu"]').count()).toBe(1);
      expect(await page.locator('main h2').count()).toBe(10);
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('is linked beside the reply form’s submit button', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url(links.testmalta ?? ''));
    expect(await page.locator('form[data-reply-form] a[href="/mt/privacy"]').count()).toBe(1);
    await context.close();
  });
});
