import { describe, expect, inject, it } from 'vitest';
import { languages, type Locale } from '#i18n/locales.ts';
import { otherLanguage } from '#tests/support/events.ts';
import { accessibilityViolations, useBrowser } from './browser.ts';
import { EVENT, events, site, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const url = (path: string) => new URL(path, baseUrl).href;

const browser = useBrowser();

describe('every event’s invitation in each of its languages', () => {
  for (const event of events)
    for (const lang of event.languages) {
      it(`${urls.invitation(event, lang)} is in ${languages[lang]}, has its event’s alternates only, and no accessibility violation`, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
        });
        const response = await page.goto(url(urls.invitation(event, lang)));
        expect(response?.status()).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        const alternates = await page
          .locator('link[rel="alternate"]')
          .evaluateAll((nodes) =>
            nodes.map((node) => `${node.getAttribute('hreflang')} ${node.getAttribute('href')}`),
          );
        const absolute = (code: Locale) => new URL(urls.invitation(event, code), site.site).href;
        const fallback = event.languages.includes('en') ? 'en' : event.original;
        expect(alternates).toEqual([
          ...event.languages.map((code) => `${code} ${absolute(code)}`),
          `x-default ${absolute(fallback)}`,
        ]);
        const switcher = page.locator('nav.languages a');
        expect(await switcher.count()).toBe(event.languages.length);
        expect(
          await page
            .locator(`nav.languages a[hreflang="${lang}"][lang="${lang}"]`)
            .getAttribute('aria-current'),
        ).toBe('page');
        // A translation says which text is authentic; the original does not.
        expect(await page.locator('.notice').count()).toBe(lang === event.original ? 0 : 1);
        await page.waitForLoadState('networkidle');
        expect(violations, 'CSP violations').toEqual([]);
        expect(await accessibilityViolations(page)).toEqual([]);
        await context.close();
      });
    }
});

describe('long words and other scripts', () => {
  const long = (['de', 'fi', 'hu', 'el', 'bg', 'ga'] as const).flatMap((lang) =>
    events.filter((event) => event.languages.includes(lang)).map((event) => urls.invitation(event, lang)),
  );
  for (const path of long) {
    it(`${path} fits 320 px without horizontal scrolling`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(url(path));
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
    expect(page.url()).toBe(url(urls.reply(EVENT, 'mt')));
    await page.locator('nav.languages summary').click();
    await page.locator('nav.languages a[hreflang="de"]').click();
    expect(page.url()).toBe(url(urls.reply(EVENT, 'de')));
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator(`form[action="${urls.rsvp(EVENT)}"]`).count()).toBe(1);
    // A personal page is nobody's translation: the switcher, but no hreflang alternates.
    expect(await page.locator('link[rel="alternate"]').count()).toBe(0);
    await context.close();
  });
});

describe('the event time in the visitor’s own time zone', () => {
  for (const event of events.filter((item) => item.languages.includes('en'))) {
    it(`is added on ${urls.invitation(event, 'en')} when the visitor’s zone differs, and not otherwise`, async () => {
      const elsewhere = event.timeZone === 'America/New_York' ? 'Asia/Tokyo' : 'America/New_York';
      for (const [timezoneId, shown] of [
        [elsewhere, true],
        [event.timeZone, false],
      ] as const) {
        const context = await browser.newContext({ timezoneId });
        const page = await context.newPage();
        await page.goto(url(urls.invitation(event, 'en')));
        const local = page.locator('.local-time');
        expect(await local.isVisible(), timezoneId).toBe(shown);
        if (shown) {
          // The start as the visitor's clock shows it (Intl's British English, as the site's "en"),
          // the time as the site writes times ("13.00").
          const start = new Date(event.start);
          const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: timezoneId }).format(
            start,
          );
          const time = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: timezoneId })
            .format(start)
            .replace(':', '.');
          const text = await local.innerText();
          expect(text).toMatch(/^In your time zone: /);
          expect(text).toContain(day);
          expect(text).toContain(time);
          expect(text).not.toMatch(/\d:\d/);
        }
        await context.close();
      }
    });
  }
});

describe('the calendar file', () => {
  for (const event of events) {
    const lang = otherLanguage(event);
    it(`${urls.calendar(event, lang)} is served as text/calendar at the event’s time, and linked from the letter`, async () => {
      const response = await fetch(url(urls.calendar(event, lang)));
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(/^text\/calendar/);
      const utc = new Date(event.start).toISOString().replace(/[-:]|\.\d{3}/g, '');
      expect(await response.text()).toContain(`DTSTART:${utc}`);
      const html = await (await fetch(url(urls.invitation(event, lang)))).text();
      expect(html).toContain(`href="${urls.calendar(event, lang)}"`);
    });
  }
});

describe('the accessibility statement page', () => {
  for (const lang of ['en', 'fr', 'mt', 'el', 'ga'] as const) {
    it(`/${lang}/accessibility gives the status, the method, the mailbox and the Ombudsman, in ${lang}, without accessibility violations`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      expect((await page.goto(url(urls.accessibility(lang))))?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('main h2').count()).toBe(4);
      expect(await page.locator(`main a[href="mailto:${site.contact}"]`).count()).toBe(1);
      expect(await page.locator(`main a[href="${site.accessibility.enforcementUrl}"]`).count()).toBe(1);
      expect(await page.locator('main').innerText()).toContain('2016/2102');
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('is linked from the footer of every page an invitee sees', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url(links.testmalta ?? ''));
    for (const path of [urls.reply(EVENT, 'mt'), urls.invitation(EVENT, 'mt'), urls.privacy(EVENT, 'mt')]) {
      await page.goto(url(path));
      expect(await page.locator(`footer a[href="${urls.accessibility('mt')}"]`).count(), path).toBe(1);
      expect(await page.locator(`footer a[href="${urls.privacy(EVENT, 'mt')}"]`).count(), path).toBe(1);
    }
    await context.close();
  });
});

describe('the privacy statement page', () => {
  const pages = events.flatMap((event) =>
    event.languages
      .filter((lang) => ['en', 'de', 'mt', 'el', 'ga', 'fi'].includes(lang))
      .map((lang) => ({ event, lang })),
  );
  for (const { event, lang } of pages) {
    it(`${urls.privacy(event, lang)} names the controller, the DPO and the supervisor, in ${lang}, without accessibility violations`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      expect((await page.goto(url(urls.privacy(event, lang))))?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const text = await page.locator('main').innerText();
      expect(text).toContain(event.mailbox);
      expect(text).toContain(event.privacy.dpo);
      expect(await page.locator(`main a[href="${event.privacy.supervisorUrl}"]`).count()).toBe(1);
      expect(await page.locator('main h2').count()).toBe(10);
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('is linked beside the reply form’s submit button', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url(links.testmalta ?? ''));
    expect(await page.locator(`form[data-reply-form] a[href="${urls.privacy(EVENT, 'mt')}"]`).count()).toBe(
      1,
    );
    await context.close();
  });
});
