import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime, { type Email } from 'postal-mime';
import { describe, expect, inject, it } from 'vitest';
import { clientAddressHeader, signInAsOrganiser, useBrowser } from './browser.ts';
import { EVENT, site, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const url = (path: string) => new URL(path, baseUrl).href;
const MAILBOX = EVENT.mailbox;

const browser = useBrowser();

/** Every message the open server's local send_email binding has written (.eml files in its tmp). */
async function sentMail(): Promise<Email[]> {
  const folder = `${inject('openState')}/tmp`;
  const files = (readdirSync(folder, { recursive: true }) as string[]).filter((name) =>
    name.endsWith('.eml'),
  );
  return Promise.all(files.map((name) => PostalMime.parse(readFileSync(join(folder, name)))));
}

/** Waits until `match` finds messages (the notice goes out after the answer, in waitUntil). */
async function waitForMail(match: (email: Email) => boolean, count = 1): Promise<Email[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = (await sentMail()).filter(match);
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((wait) => setTimeout(wait, 200));
  }
}

/** A guest's session: the personal link opened, then JSON replies from the same cookie. */
async function guestReplies(link: string, ...bodies: object[]) {
  const opened = await fetch(url(link), { redirect: 'manual' });
  const cookie = (opened.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  const answers: { reference: string }[] = [];
  for (const body of bodies) {
    const response = await fetch(url('/api/rsvp'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    answers.push((await response.json()) as { reference: string });
  }
  return { cookie, answers };
}

const scheduled = async () => {
  const response = await fetch(url('/cdn-cgi/handler/scheduled?cron=17+3+*+*+*'));
  expect(response.status).toBe(200);
  await new Promise((wait) => setTimeout(wait, 1500)); // the jobs run in waitUntil
};

describe('the event’s mailbox hears of every web reply (built Worker, local send_email binding)', () => {
  it('sends one notice per reply with the guest, answer, reference and the guest’s page; nothing the guest wrote, never the link', async () => {
    const link = links.testmail ?? '';
    const token = link.split('/i/')[1] ?? '';
    const { answers } = await guestReplies(
      link,
      {
        attending: 'yes',
        companions: [{ name: 'Poradkyně', dietary: ['vegan'] }],
        placeCardName: 'J. E. ministr vnitra',
        comment: 'Přijedeme z Prahy.',
        submissionId: 'mail-test-0001',
      },
      // The same submission again (a double click, a retry): recorded once, announced once.
      {
        attending: 'yes',
        companions: [{ name: 'Poradkyně', dietary: ['vegan'] }],
        placeCardName: 'J. E. ministr vnitra',
        comment: 'Přijedeme z Prahy.',
        submissionId: 'mail-test-0001',
      },
    );
    const reference = answers[0]?.reference ?? '';
    expect(answers[1]?.reference).toBe(reference);
    const [notice, ...more] = await waitForMail((email) => email.subject?.includes(reference) ?? false);
    await new Promise((wait) => setTimeout(wait, 1000));
    expect(more).toEqual([]);
    expect((await sentMail()).filter((email) => email.subject?.includes(reference))).toHaveLength(1);
    expect(notice?.subject).toBe(
      `Reply ${reference}: Minister of the Interior of the Czech Republic — attending, 1 companion`,
    );
    expect(notice?.from?.address).toBe('replies@invitation.test');
    expect(notice?.to?.map((to) => to.address)).toEqual([MAILBOX]);
    const text = notice?.text ?? '';
    for (const fact of [
      'Attendance: attending, 1 companion',
      'People expected from this reply: 2',
      // The configured site's address, as the digest's: never the request's host.
      new URL(urls.admin.guest(EVENT, 'testmail'), site.site).href,
    ]) {
      expect(text).toContain(fact);
    }
    for (const written of ['Poradkyně', 'Vegan', 'J. E. ministr vnitra', 'Přijedeme z Prahy.'])
      expect(text).not.toContain(written);
    expect(text).not.toContain(token);
    expect(text).not.toContain('/i/');

    // A change is announced with what changed.
    const { answers: changed } = await guestReplies(link, { attending: 'no' });
    const [change] = await waitForMail(
      (email) => email.subject?.includes(changed[0]?.reference ?? '-') ?? false,
    );
    expect(change?.subject).toContain('Changed reply');
    expect(change?.text).toContain('Attendance: attending → not attending');
  });

  it('sends the daily digest once when replies changed, and nothing when nothing did', async () => {
    await guestReplies(links.testmail ?? '', { attending: 'yes', comment: 'After all.' }); // new since the last run
    // The digests of this event (the cron sends one per event, each to its own mailbox).
    const digests = () =>
      waitForMail(
        (email) =>
          (email.subject?.startsWith('Replies on') ?? false) &&
          email.to?.some((to) => to.address === MAILBOX) === true,
        0,
      );
    const before = (await digests()).length;
    await scheduled();
    const after = await digests();
    expect(after.length).toBe(before + 1);
    const digest = after.at(-1);
    expect(digest?.to?.map((to) => to.address)).toEqual([MAILBOX]);
    expect(digest?.text).toContain('Minister of the Interior of the Czech Republic: attending');
    expect(digest?.text).toContain('Still to reply');
    expect(digest?.text).toContain(`The dashboard: ${new URL(urls.admin.dashboard(EVENT), site.site).href}`);
    expect(digest?.text).not.toContain('/i/');
    await scheduled();
    expect((await digests()).length).toBe(before + 1);
  });
});

describe('chase drafts on the dashboard', () => {
  /** The dashboard's reminder for a guest, parsed: to, subject, body (RFC 6068). */
  async function draftOf(guestId: string) {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: clientAddressHeader(),
    });
    const page = await context.newPage();
    await signInAsOrganiser(page, baseUrl, inject('adminPassword'));
    const row = page.locator(`tr[data-chase="${guestId}"]`);
    const href = (await row.locator('a[data-draft]').getAttribute('href')) ?? '';
    const link = await row.locator('input').inputValue();
    const noEmail = await page.locator('tr[data-chase="testnoemail"] [data-no-email]').count();
    await context.close();
    const mailto = new URL(href);
    return {
      to: decodeURIComponent(mailto.pathname),
      subject: mailto.searchParams.get('subject') ?? '',
      body: mailto.searchParams.get('body') ?? '',
      rawBody: /[?&]body=([^&]*)/.exec(mailto.search)?.[1] ?? '',
      link,
      noEmail,
    };
  }

  it('writes a Greek guest’s reminder in Greek, with the deadline in force and their personal link', async () => {
    const draft = await draftOf('testchaseel');
    expect(draft.to).toBe('office@minocp.example');
    expect(draft.link).toBe(url(links.testchaseel ?? ''));
    expect(draft.body).toContain(draft.link);
    expect(draft.rawBody).toContain('%0D%0A'); // CRLF line breaks, as RFC 6068 asks
    // The deadline of the open server (31 December 2099, 23.59) as Greek writes it.
    expect(draft.body).toContain('Δεκεμβρίου 2099');
    expect(draft.body).toContain('23.59');
    expect(draft.subject).toMatch(/[\u0370-\u03FF]/);
    expect(draft.subject).not.toContain('Reminder');
    expect(draft.body).toContain(MAILBOX);
    const opened = await fetch(draft.link, { redirect: 'manual' });
    expect(opened.headers.get('Location')).toBe(urls.reply(EVENT, 'el'));
  });

  it('writes an Irish guest’s reminder in Irish, and says when a guest has no address', async () => {
    const draft = await draftOf('testchasega');
    expect(draft.to).toBe('oifig@justice.example');
    expect(draft.link).toBe(url(links.testchasega ?? ''));
    expect(draft.body).toContain(draft.link);
    expect(draft.body).toContain('Nollaig 2099');
    expect(draft.body).toContain('23.59');
    expect(draft.subject).not.toContain('Reminder');
    expect(draft.noEmail).toBe(1);
    const opened = await fetch(draft.link, { redirect: 'manual' });
    expect(opened.headers.get('Location')).toBe(urls.reply(EVENT, 'ga'));
  });
});
