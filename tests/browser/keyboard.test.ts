import { describe, expect, inject, it } from 'vitest';
import { translator } from '#i18n/index.ts';
import { languages, type Locale } from '#i18n/locales.ts';
import { clientAddressHeader, signInAsOrganiser, useBrowser, type Page } from './browser.ts';
import { urls, EVENT } from './site.ts';

// Keyboard and assistive-technology details of every page (issue 14, item 8): the skip link, the
// focus ring, the scrolling tables' names, and the languages named in themselves.

const baseUrl = inject('baseUrl');
const links = inject('links');
const adminPassword = inject('adminPassword');
const url = (path: string) => new URL(path, baseUrl).href;

const browser = useBrowser();

const invitee = ['en', 'el', 'fi', 'mt'] as const satisfies Locale[];
/** The pages an invitee sees in `lang`: the event's letter, reply page and privacy statement, the site's accessibility statement. */
const inviteePages = (lang: Locale) => [
  urls.invitation(EVENT, lang),
  urls.reply(EVENT, lang),
  urls.privacy(EVENT, lang),
  urls.accessibility(lang),
];

/** A browser that has opened a personal link (so the reply page shows a form), JS on or off. */
async function guestPage(javaScriptEnabled: boolean, width = 1280): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  await page.goto(url(links.testnarrow ?? ''));
  return page;
}

/** An organiser's browser, signed in. */
async function organiserPage(javaScriptEnabled: boolean, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width, height: 800 },
    extraHTTPHeaders: clientAddressHeader(),
  });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  await signInAsOrganiser(page, baseUrl, adminPassword);
  return page;
}

/** What has the focus: its tag, its text and the skip link's address. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase(),
      text: element?.textContent?.trim(),
      href: element?.getAttribute('href'),
      inMain: Boolean(element?.closest('main')),
    };
  });

/** Presses Tab from the top of the page, then follows the skip link. */
async function expectSkipLink(page: Page, lang: Locale) {
  await page.keyboard.press('Tab');
  expect(await focused(page), page.url()).toEqual({
    tag: 'a',
    text: translator(lang)('nav.skipToContent'),
    href: '#main',
    inMain: false,
  });
  // Visible once focused: inside the viewport, not parked above it.
  const box = await page.locator('a.skip').boundingBox();
  expect(box?.y, page.url()).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  expect((await focused(page)).tag, page.url()).toBe('main');
  // The next Tab starts inside the main content, past the masthead and the language switcher.
  await page.keyboard.press('Tab');
  expect((await focused(page)).inMain, page.url()).toBe(true);
}

describe('the skip link', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`is the first tab stop of every invitee page, in its language, and moves the focus into main (JS ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await guestPage(javaScriptEnabled);
      for (const lang of invitee) {
        for (const path of inviteePages(lang)) {
          await page.goto(url(path));
          await expectSkipLink(page, lang);
        }
      }
      await page.context().close();
    });
  }

  it('is the first tab stop of the invalid-link page, in the negotiated language', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fi-FI' });
    const page = await context.newPage();
    const response = await page.goto(url('/i/not-a-valid-token'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    await expectSkipLink(page, 'fi');
    await context.close();
  });

  it('is the first tab stop of the organisers’ pages, the sign-in page too', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const signIn = await context.newPage();
    await signIn.goto(url('/admin'));
    await expectSkipLink(signIn, 'en');
    await context.close();

    const page = await organiserPage(false);
    for (const path of [
      urls.admin.dashboard(EVENT),
      urls.admin.catering(EVENT),
      urls.admin.print(EVENT),
      urls.admin.newGuest(EVENT),
      urls.admin.guest(EVENT, 'testchaseel'),
    ]) {
      await page.goto(url(path));
      await expectSkipLink(page, 'en');
    }
    await page.context().close();
  });
});

/** Tabs forward until `selector` has the focus (a keyboard user's focus, so :focus-visible). */
async function tabTo(page: Page, selector: string) {
  for (let step = 0; step < 400; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted), selector)) return;
  }
  throw new Error(`${selector} never got the focus by Tab on ${page.url()}`);
}

/** The focused element's ring, and the contrast of its colour against the background around it. */
const ring = (page: Page) =>
  page.evaluate(() => {
    const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // The nearest ancestor that paints a background is what the ring sits on.
    let backdrop = 'rgb(255, 255, 255)';
    for (let node = document.activeElement?.parentElement; node; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor;
      if (channels(color)[3] !== 0 && color !== 'transparent') {
        backdrop = color;
        break;
      }
    }
    const style = getComputedStyle(document.activeElement as Element);
    const [light, dark] = [luminance(style.outlineColor), luminance(backdrop)].sort((x, y) => y - x);
    return {
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      contrast: ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05),
    };
  });

describe('the focus ring', () => {
  it('is the site’s own on the language switcher and on the links (not the browser’s thin default)', async () => {
    const page = await guestPage(true);
    for (const lang of invitee) {
      await page.goto(url(urls.invitation(EVENT, lang)));
      await tabTo(page, '.languages summary');
      const summary = await ring(page);
      await tabTo(page, 'main a');
      const link = await ring(page);
      expect(summary.outline, lang).toBe(link.outline);
      expect(summary.outline, lang).toMatch(/^solid 3px rgb\(31, 58, 104\)$/);
      expect(summary.contrast, lang).toBeGreaterThanOrEqual(3);
    }
    await page.context().close();
  });

  it('is the site’s own on every select of the organisers’ pages, as on their inputs and buttons', async () => {
    const page = await organiserPage(true);
    await page.goto(url(urls.admin.dashboard(EVENT)));
    await tabTo(page, 'select[name="status"]');
    const select = await ring(page);
    await tabTo(page, 'input[type="search"]');
    const input = await ring(page);
    expect(select.outline).toBe(input.outline);
    expect(select.contrast).toBeGreaterThanOrEqual(3);
    await page.goto(url(urls.admin.guest(EVENT, 'testchaseel')));
    await tabTo(page, 'select#f-language');
    expect((await ring(page)).outline).toBe(input.outline);
    await page.context().close();
  });
});

/**
 * Every element of the page that scrolls sideways, with the role, name and focusability the
 * browser gives it in its accessibility tree (CDP), and whether Tab reaches it.
 */
async function scrollers(page: Page) {
  const count = await page.evaluate(() => {
    let index = 0;
    // Form fields scroll their own text, not content: they are not containers.
    for (const element of document.querySelectorAll<HTMLElement>('body *:not(input, textarea, select)')) {
      const overflow = getComputedStyle(element).overflowX;
      const scrolls =
        (overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth;
      // Content of a closed <details> keeps its layout but is not shown, nor in the tree.
      if (scrolls && element.checkVisibility()) element.dataset.scroller = String(index++);
    }
    return index;
  });
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const found = [];
  for (let index = 0; index < count; index += 1) {
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `[data-scroller="${index}"]`,
    });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0];
    const focusable = node?.properties?.find((property) => property.name === 'focusable')?.value.value;
    found.push({ role: node?.role?.value, name: node?.name?.value, focusable: focusable === true });
  }
  await cdp.detach();
  return found;
}

describe('the organisers’ tables at 320 px', () => {
  it('scroll in regions named by their caption or heading, each one focus stop', async () => {
    const page = await organiserPage(false, 320);
    await page.goto(url(urls.admin.dashboard(EVENT)));
    await page.locator('details.by-language summary').click();
    const dashboard = await scrollers(page);
    expect(dashboard.length).toBeGreaterThanOrEqual(4);
    expect(dashboard.map((item) => item.name)).toEqual(
      expect.arrayContaining(['By category', 'By language', 'Guests']),
    );
    for (const item of dashboard)
      expect(item).toEqual({ role: 'region', name: expect.any(String), focusable: true });
    for (const item of dashboard) expect(item.name?.trim()).not.toBe('');

    await page.goto(url(urls.admin.catering(EVENT)));
    for (const item of await scrollers(page))
      expect(item).toEqual({ role: 'region', name: 'Names, notes and access needs', focusable: true });

    // The printable list fits any width (fixed layout): nothing to scroll, no extra stop.
    await page.goto(url(urls.admin.print(EVENT)));
    expect(await scrollers(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('are no focus stop where they fit (JS on), and become one when the screen narrows', async () => {
    const page = await organiserPage(true, 1280);
    await page.goto(url(urls.admin.dashboard(EVENT)));
    const tables = page.locator('.table-wrap');
    expect(await tables.count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.table-wrap[role="region"][aria-labelledby]').count()).toBe(
      await tables.count(),
    );
    await expect.poll(() => page.locator('.table-wrap[tabindex]').count()).toBe(0);
    // A whole Tab round never rests on a table that has nothing to scroll.
    const stops = new Set<string>();
    for (let step = 0; step < 200; step += 1) {
      await page.keyboard.press('Tab');
      stops.add(await page.evaluate(() => document.activeElement?.getAttribute('role') ?? ''));
    }
    expect(stops.has('region')).toBe(false);

    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => page.locator('.table-wrap[tabindex="0"]').count()).toBeGreaterThanOrEqual(3);
    for (const item of await scrollers(page))
      expect(item).toEqual({ role: 'region', name: expect.any(String), focusable: true });
    await page.context().close();
  });
});

/**
 * Every text on the page that is a language's own name (Ελληνικά, Gaeilge…) in a page of another
 * language, with the language its element is marked as.
 */
const endonyms = (page: Page) =>
  page.evaluate((names: Record<string, string>) => {
    const pageLang = document.documentElement.lang;
    const byName = new Map(Object.entries(names).map(([code, name]) => [name, code]));
    const found: { name: string; expected: string; marked: string | undefined }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const code = byName.get(node.textContent?.trim() ?? '');
      if (!code || code === pageLang) continue;
      const marked = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? undefined;
      found.push({ name: node.textContent?.trim() ?? '', expected: code, marked });
    }
    return found;
  }, languages);

describe('languages named in themselves', () => {
  it('are marked with their language on the organisers’ pages', async () => {
    const page = await organiserPage(false);
    for (const path of [
      urls.admin.dashboard(EVENT),
      urls.admin.newGuest(EVENT),
      urls.admin.guest(EVENT, 'testchaseel'),
    ]) {
      await page.goto(url(path));
      const found = await endonyms(page);
      // The guest list filter and the guest's language each list all 23 other languages.
      expect(found.length, path).toBeGreaterThanOrEqual(23);
      for (const item of found) expect(item.marked, `${path}: ${item.name}`).toBe(item.expected);
    }
    await page.context().close();
  });

  it('are marked with their language on the invitee pages (the language switcher)', async () => {
    const page = await guestPage(false);
    for (const lang of invitee) {
      for (const path of inviteePages(lang)) {
        await page.goto(url(path));
        const found = await endonyms(page);
        expect(found.length, path).toBeGreaterThanOrEqual(23);
        for (const item of found) expect(item.marked, `${path}: ${item.name}`).toBe(item.expected);
      }
    }
    await page.context().close();
  });
});
