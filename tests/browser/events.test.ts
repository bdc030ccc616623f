/**
 * Many events on one site: the other event's invitee journey (JavaScript on and off), a guest
 * invited to both events replying to both from one browser, the organisers' list of events, and
 * no event's words on another event's pages.
 */
import { describe, expect, inject, it } from 'vitest';
import { translator } from '#i18n/index.ts';
import { textsIn, type Event } from '#schemas/event.ts';
import { pagesSay } from '#tests/support/expected.ts';
import {
  accessibilityViolationsOfSnapshot,
  clientAddressHeader,
  signInAsOrganiser,
  useBrowser,
} from './browser.ts';
import { EVENT, OTHER, events, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const otherLinks = inject('otherLinks');
const adminPassword = inject('adminPassword');
const url = (path: string) => new URL(path, baseUrl).href;
const browser = useBrowser();

/** The parts of the reply form an event may leave out, by a control that only that part has. */
const parts = {
  delegates: 'input[name="attending"][value="delegate"]',
  companions: '[name^="companions"]',
  dietary: '[name="dietary"]',
  access: '[name="accessibility"]',
  placeCards: '[name="placeCardName"]',
} as const;

for (const javaScriptEnabled of [false, true]) {
  describe(`the other event’s invitee journey with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    it('opens the link into the event’s reply page, in the guest’s language, asks only what the event asks, and records the reply', async () => {
      const context = await browser.newContext({ javaScriptEnabled });
      context.setDefaultTimeout(5000);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const id = javaScriptEnabled ? 'testjourneyjs' : 'testjourneynojs';
      const lang = javaScriptEnabled ? (OTHER.languages.at(-1) ?? OTHER.original) : OTHER.original;
      await page.goto(url(otherLinks[id] ?? ''));
      expect(page.url()).toBe(url(urls.reply(OTHER, lang)));
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator(`form[action="${urls.rsvp(OTHER)}"]`).count()).toBe(1);
      for (const [part, selector] of Object.entries(parts)) {
        const asked = OTHER.options[part as keyof typeof parts];
        expect((await page.locator(selector).count()) > 0, part).toBe(asked);
      }
      expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

      await page.locator('input[name="attending"][value="yes"]').check();
      await page.locator('form[data-reply-form] button[type="submit"]').click();
      await page.getByRole('heading', { name: translator(lang)('reply.confirmed.heading') }).waitFor();
      const answer = await (
        await page.request.get(url(urls.rsvp(OTHER)), { headers: { Accept: 'application/json' } })
      ).json();
      expect(answer).toMatchObject({ reply: { attending: 'yes' } });
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}

describe('a guest invited to both events', () => {
  it('replies to both from one browser, and each invitation reads and writes its own event only', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const state = async (event: Event) =>
      (await page.request.get(url(urls.rsvp(event)), { headers: { Accept: 'application/json' } })).json();

    await page.goto(url(links.testboth ?? ''));
    expect(page.url()).toBe(url(urls.reply(EVENT, 'en')));
    // Only this event's invitation so far: the other event's reply is refused, writing nothing.
    const refused = await page.request.post(url(urls.rsvp(OTHER)), {
      headers: { 'Content-Type': 'application/json', Origin: new URL(baseUrl).origin },
      data: { attending: 'no' },
    });
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: 'invitation_required' } });

    await page.locator('input[name="attending"][value="yes"]').check();
    await page.locator('form[data-reply-form] button[type="submit"]').click();
    await page.goto(url(otherLinks.testboth ?? ''));
    expect(page.url()).toBe(url(urls.reply(OTHER, OTHER.original)));
    await page.locator('input[name="attending"][value="no"]').check();
    await page.locator('form[data-reply-form] button[type="submit"]').click();

    // Two invitations in one browser: each event's reply is its own.
    expect(await state(EVENT)).toMatchObject({ reply: { attending: 'yes' } });
    expect(await state(OTHER)).toMatchObject({ reply: { attending: 'no' } });
    await page.goto(url(urls.reply(EVENT, 'en')));
    expect(await page.locator('input[name="attending"][value="yes"]').isChecked()).toBe(true);
    await page.goto(url(urls.reply(OTHER, OTHER.original)));
    expect(await page.locator('input[name="attending"][value="no"]').isChecked()).toBe(true);
    await context.close();
  });
});

describe('the organisers’ events', () => {
  it('lists every event, upcoming first, each to its own dashboard of its own guests', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAsOrganiser(page, baseUrl, adminPassword, 'Head of Protocol', urls.admin.home);
    const listed = await page
      .locator('tr[data-event]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event')));
    expect([...listed].sort()).toEqual(events.map((event) => event.id).sort());
    // Upcoming before past: by the events' own dates, now.
    const now = Date.now();
    const order = (event: Event) => (Date.parse(event.end) >= now ? 0 : 1);
    const ids = listed.map((id) => events.find((event) => event.id === id) as Event);
    expect(ids.map(order)).toEqual([...ids.map(order)].sort());
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

    for (const event of [EVENT, OTHER]) {
      await page.goto(url(urls.admin.home));
      await page.locator(`tr[data-event="${event.id}"] a`).click();
      expect(page.url()).toBe(url(urls.admin.dashboard(event)));
      const main = await page.locator('main').innerText();
      expect(main).toContain(textsIn(event, 'en').title);
      // Each dashboard lists its own event's guests only.
      const guests = await page
        .locator('tr[data-guest]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-guest')));
      expect(guests).toContain('testboth');
      expect(guests.includes('testjourney')).toBe(event.id === EVENT.id);
      expect(guests.includes('testjourneyjs')).toBe(event.id === OTHER.id);
      // The filter offers the answers the event allows (no "sending a delegate" without delegates).
      expect(await page.locator('select[name="status"] option[value="delegate"]').count()).toBe(
        event.options.delegates ? 1 : 0,
      );
      expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    }
    await context.close();
  });
});

/** Every page and file an event shows its invitees and organisers, as text. */
async function everythingOf(event: Event, cookie: string): Promise<[string, string][]> {
  const paths = [
    ...event.languages.flatMap((lang) => [
      urls.invitation(event, lang),
      urls.reply(event, lang),
      urls.privacy(event, lang),
      urls.calendar(event, lang),
    ]),
    urls.admin.dashboard(event),
    urls.admin.print(event),
    urls.admin.newGuest(event),
    urls.admin.download(event, 'export.csv'),
    ...(event.options.dietary || event.options.access ? [urls.admin.catering(event)] : []),
  ];
  return Promise.all(
    paths.map(async (path): Promise<[string, string]> => {
      const response = await fetch(url(path), {
        headers: path.startsWith('/admin') ? { Cookie: cookie } : {},
      });
      return [path, await response.text()];
    }),
  );
}

describe('no event’s words on another event’s pages', () => {
  it('finds none of one event’s facts or words on any page or file of the other, both ways', async () => {
    const login = await fetch(url(urls.admin.signIn), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...clientAddressHeader() },
      body: new URLSearchParams({ name: 'Reader', password: adminPassword }).toString(),
    });
    const cookie = (login.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
    for (const [one, other] of [
      [EVENT, OTHER],
      [OTHER, EVENT],
    ] as const) {
      // Its facts in every language it has (title, host, venue, city, mailbox), and the words its
      // brief names (tests/support/expected.ts).
      const facts = one.languages.flatMap((lang) => {
        const texts = textsIn(one, lang);
        return [texts.title, texts.host.name, ...texts.venue, texts.city];
      });
      const words = [...new Set([...facts, one.mailbox, ...(pagesSay[one.id]?.ownWords ?? [])])];
      for (const [path, page] of await everythingOf(other, cookie)) {
        expect(page.length, path).toBeGreaterThan(0);
        // The guest form's list of every country is the product's (a city may share a country's name).
        const body = page.replace(/<select id="f-country"[\s\S]*?<\/select>/, '');
        expect(body.length < page.length || !path.endsWith('/guests/new'), path).toBe(true);
        for (const word of words)
          expect(body.toLowerCase(), `${path}: ${word}`).not.toContain(word.toLowerCase());
      }
    }
  });
});
