import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** The invitation's "in your time zone" line for a visitor in New York. */
async function localTimeLine(lang: string): Promise<string> {
  const context = await browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.goto(new URL(`/${lang}/`, baseUrl).href);
  const text = (await page.locator('.local-time').first().textContent()) ?? '';
  await context.close();
  return text.trim();
}

describe('the start in the visitor’s time zone (optional script)', () => {
  it('is written in the page’s language, in 24-hour time', async () => {
    expect(await localTimeLine('en')).toMatch(/13:00/);
    const greek = await localTimeLine('el');
    expect(greek).toMatch(/13:00/);
    expect(greek).not.toMatch(/μ\.μ\.|π\.μ\./);
    expect(await localTimeLine('de')).toMatch(/Mittwoch.*13:00/);
  });

  it('is written with the page’s own names where the browser lacks the language (Maltese, Irish)', async () => {
    expect(await localTimeLine('mt')).toBe('Fiż-żona tal-ħin tiegħek: L-Erbgħa, 8 ta’ Ottubru 2014, 13:00');
    expect(await localTimeLine('ga')).toBe(
      'I do chrios ama féin: Dé Céadaoin 8 Deireadh Fómhair 2014, ag 13:00',
    );
  });
});
