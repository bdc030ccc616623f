import { describe, expect, inject, it } from 'vitest';
import type { Locale } from '#i18n/locales.ts';
import type { Event } from '#schemas/event.ts';
import { pagesSay } from '#tests/support/expected.ts';
import { useBrowser } from './browser.ts';
import { events, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const ZONE = 'America/New_York';

/** The invitation's "in your time zone" line for a visitor in New York. */
async function localTimeLine(event: Event, lang: Locale): Promise<string> {
  const context = await browser.newContext({ timezoneId: ZONE });
  const page = await context.newPage();
  await page.goto(new URL(urls.invitation(event, lang), baseUrl).href);
  const text = (await page.locator('.local-time').first().textContent()) ?? '';
  await context.close();
  return text.trim();
}

describe('the start in the visitor’s time zone (optional script)', () => {
  for (const event of events) {
    it(`${event.id}: is written in the page’s language, in 24-hour time`, async () => {
      // The hour and minute on the visitor's clock, as any language writes them ("13:00", "13.00", "2.00").
      const [hour, minute] = new Intl.DateTimeFormat('en-GB', {
        timeStyle: 'short',
        hourCycle: 'h23',
        timeZone: ZONE,
      })
        .format(new Date(event.start))
        .split(':');
      const time = new RegExp(`(^|\\D)0?${Number(hour)}[.:]${minute}(\\D|$)`);
      for (const lang of event.languages.filter((code) => ['en', 'el', 'de', 'fi', 'sv'].includes(code))) {
        const line = await localTimeLine(event, lang);
        expect(line, lang).toMatch(time);
        expect(line, lang).not.toMatch(/μ\.μ\.|π\.μ\.|\b[AP]M\b|\b[ap]\.m\./);
      }
    });
  }

  // Languages the browser lacks (Maltese, Irish): the page's own names of days and months.
  for (const event of events) {
    const lines = Object.entries(pagesSay[event.id]?.localTime ?? {}) as [Locale, string][];
    for (const [lang, expected] of lines)
      it(`${event.id}: in ${lang}, with the page’s own names where the browser lacks the language`, async () => {
        expect(await localTimeLine(event, lang)).toBe(expected);
      });
  }
});
