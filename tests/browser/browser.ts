/** The browser tests' helpers: one Chromium per file, organisers' sign-in, requests, axe-core. */
import { EVENT, urls } from './site.ts';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from '#scripts/lib/chromium.ts';

/**
 * One Chromium for a test file: launched before its tests and closed after them. The returned
 * browser stands for the launched one (use it inside tests and hooks, not at the file's top level).
 */
export function useBrowser(): Browser {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launch(inject('chromium'));
  });
  afterAll(async () => {
    await launched?.close();
  });
  return new Proxy({} as Browser, {
    get(_, property) {
      if (!launched) throw new Error('Chromium is launched in beforeAll');
      const member: unknown = Reflect.get(launched, property, launched);
      return typeof member === 'function' ? member.bind(launched) : member;
    },
  });
}

let clients = 0;
/**
 * A client address of its own for one organiser's browser or request (wrangler dev passes the
 * header on): sign-ins are limited to 5 a minute per address, and the tests sign in more often.
 */
export function clientAddressHeader(): Record<string, string> {
  const random = Math.floor(Math.random() * 0xffff).toString(16);
  return { 'CF-Connecting-IP': `2001:db8:${random}::${(++clients).toString(16)}` };
}

/**
 * Signs an organiser in on `page` through the sign-in form of `to` (the default event's dashboard
 * unless said; the sign-in returns there), and waits for it.
 */
export async function signInAsOrganiser(
  page: Page,
  baseUrl: string,
  password: string,
  name = 'Head of Protocol',
  to = urls.admin.dashboard(EVENT),
) {
  await page.goto(new URL(to, baseUrl).href);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(new URL(to, baseUrl).href);
}

/** Every request the page makes, so a test can prove none leaves the site. */
export function recordRequests(page: Page): URL[] {
  const requests: URL[] = [];
  page.on('request', (request) => requests.push(new URL(request.url())));
  return requests;
}

/** axe-core's WCAG 2.2 A and AA rules over the whole page (target size included). */
export async function accessibilityViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

export type { Browser, BrowserContext, Page };

/**
 * axe-core needs JavaScript, which a no-JS journey has switched off: the page as it stands is
 * served again, at its own address, to a JavaScript-enabled page of the same browser and checked.
 */
export async function accessibilityViolationsOfSnapshot(browser: Browser, page: Page) {
  const html = await page.content();
  const address = page.url().replace(/#.*/, ''); // a request never carries the fragment
  const context = await browser.newContext();
  const probe = await context.newPage();
  await probe.route(address, (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  await probe.goto(address);
  const violations = await accessibilityViolations(probe);
  await context.close();
  return violations;
}
