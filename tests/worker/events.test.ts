/**
 * Two events on one site: an invitation to one event never reads or writes another's data, whether
 * the reply comes as JSON or as the no-JS form, and whatever the browser holds.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Event } from '#schemas/event.ts';
import { cookieNames } from '#server/http/cookies.ts';
import { createStore } from '#server/store/store.ts';
import { createToken } from '#server/tokens.ts';
import { urls } from '#server/urls.ts';
import { eventList, keepSummary } from '#server/admin/events.ts';
import type { CurrentSession } from '#server/admin/session.ts';
import { siteContext } from '#server/context.ts';
import { events, site } from '#tests/support/events.ts';
import { legacyToken } from '#tests/support/legacy-token.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';
import { EVENT, OPEN_NOW, SITE, context, expectError, form, snapshot } from './support.ts';
import { failureOf, handleRsvp, openInvitation } from './through.ts';

/** Another event of the site than the one under test. */
const ANOTHER = ((): Event => {
  const found = events.find((event) => event.id !== EVENT.id);
  if (!found) throw new Error('These tests need a second event in src/content/events');
  return found;
})();

/** Replies open for both events, whatever their own deadlines (RSVP_DEADLINE moves every event's). */
const open = () => context(undefined, { RSVP_DEADLINE: '2099-12-31T23:59:59+01:00' });

let counter = 0;
/** The same person invited to `event`, under the same id as in any other event. */
async function invite(event: Event, id: string) {
  const guest = aGuest({ id, companions: 0 }, event);
  await createStore(env.RSVPS, event).putGuest(guest);
  const token = await createToken(env.INVITE_SECRET, event.id, id, 1);
  return { guest, token, cookie: `${cookieNames.invitation(event.id)}=${token}` };
}

/** A reply to /api/rsvp (of `event` when given), as JSON or as the no-JS form. */
function reply(
  body: Record<string, string>,
  { event, cookie, asForm = false }: { event?: Event; cookie: string; asForm?: boolean },
) {
  return new Request(`${SITE}${urls.rsvp(event)}`, {
    method: 'POST',
    headers: {
      'Content-Type': asForm ? 'application/x-www-form-urlencoded' : 'application/json',
      'Sec-Fetch-Site': 'same-origin',
      Cookie: cookie,
    },
    body: asForm ? form(Object.entries(body)) : JSON.stringify(body),
  });
}

/** The JSON state GET /api/rsvp answers for `event`. */
async function stateOf(event: Event, cookie: string) {
  const answer = await handleRsvp(
    new Request(`${SITE}${urls.rsvp(event)}`, { headers: { Cookie: cookie, Accept: 'application/json' } }),
    open(),
  );
  if (!(answer instanceof Response)) throw new Error('GET /api/rsvp answered with a page');
  return (await answer.json()) as { reply: { attending: string } | null };
}

describe('an invitation to one event and another event', () => {
  it('names its event in its token and its cookie, and opens that event’s reply page', async () => {
    const id = `crossevent${(counter++).toString(36)}a`;
    const mine = await invite(EVENT, id);
    const theirs = await invite(ANOTHER, id);
    for (const [event, { token }] of [
      [EVENT, mine],
      [ANOTHER, theirs],
    ] as const) {
      const response = await openInvitation(token, open());
      expect(response?.status).toBe(303);
      expect(response?.headers.get('Location')).toMatch(new RegExp(`^/${event.id}/[a-z]{2}/reply$`));
      expect(response?.headers.get('Set-Cookie')).toMatch(
        new RegExp(`^${cookieNames.invitation(event.id)}=`),
      );
    }
  });

  for (const asForm of [false, true]) {
    it(`never writes another event’s reply from this event’s invitation (${asForm ? 'form' : 'JSON'}), writing nothing`, async () => {
      const id = `crossevent${(counter++).toString(36)}b`;
      const mine = await invite(EVENT, id);
      await invite(ANOTHER, id);
      const before = await snapshot();
      // The other event named, only this event's invitation held.
      const named = await handleRsvp(
        reply({ attending: 'no' }, { event: ANOTHER, cookie: mine.cookie, asForm }),
        open(),
      );
      if (asForm) expect(named.status).toBe(401);
      else await expectError(named, 401, 'invitation_required');
      // This event's token presented as the other event's cookie: its event is not that one.
      const forged = `${cookieNames.invitation(ANOTHER.id)}=${mine.token}`;
      const swapped = await handleRsvp(
        reply({ attending: 'no' }, { event: ANOTHER, cookie: forged, asForm }),
        open(),
      );
      if (asForm) expect(swapped.status).toBe(403);
      else await expectError(swapped, 403, 'invitation_invalid');
      expect(await snapshot()).toEqual(before);
    });
  }

  it('keeps each event’s reply its own for a browser invited to both, and asks which when it is not said', async () => {
    const id = `crossevent${(counter++).toString(36)}c`;
    const mine = await invite(EVENT, id);
    const theirs = await invite(ANOTHER, id);
    const both = `${mine.cookie}; ${theirs.cookie}`;
    expect(
      (await handleRsvp(reply({ attending: 'yes' }, { event: EVENT, cookie: both }), open())).status,
    ).toBe(200);
    expect(
      (await handleRsvp(reply({ attending: 'no' }, { event: ANOTHER, cookie: both }), open())).status,
    ).toBe(200);
    expect((await stateOf(EVENT, both)).reply).toMatchObject({ attending: 'yes' });
    expect((await stateOf(ANOTHER, both)).reply).toMatchObject({ attending: 'no' });
    expect(await createStore(env.RSVPS, EVENT).getReply(id)).toMatchObject({ attending: 'yes' });
    expect(await createStore(env.RSVPS, ANOTHER).getReply(id)).toMatchObject({ attending: 'no' });

    // Both invitations held and no event named: which one is not guessed; nothing is written.
    const before = await snapshot();
    const unnamed = await expectError(
      await handleRsvp(reply({ attending: 'no' }, { cookie: both }), open()),
      400,
      'validation_failed',
    );
    expect(unnamed.fields).toEqual({ event: 'required' });
    expect(await snapshot()).toEqual(before);
  });

  it('answers an event the site does not have with 404, writing nothing', async () => {
    const { cookie } = await invite(EVENT, `crossevent${(counter++).toString(36)}d`);
    const before = await snapshot();
    const request = new Request(`${SITE}/api/rsvp?event=no-such-event`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin', Cookie: cookie },
      body: JSON.stringify({ attending: 'yes' }),
    });
    const result = await handleRsvp(request, open());
    expect(result.status === 404 || failureOf(result)?.kind === 'page').toBe(true);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a personal link sent when the site served one event', () => {
  it('opens the legacy event’s reply page (site.yaml legacyEvent), and the guest can reply with it', async () => {
    const id = `crossevent${(counter++).toString(36)}e`;
    const { guest } = await invite(EVENT, id);
    const token = await legacyToken(env.INVITE_SECRET, guest.id, guest.linkVersion);
    const legacy = (settings: Partial<typeof site>) =>
      siteContext(
        { ...env, RSVP_DEADLINE: '2099-12-31T23:59:59+01:00' } as Env,
        { ...site, ...settings },
        events.map((item) => (item.id === EVENT.id ? EVENT : item)),
        OPEN_NOW,
        () => undefined,
      ).forEvent(EVENT);

    // Without the setting, the old link is unknown, as any link the site did not make.
    expect(failureOf(await openInvitation(token, legacy({ legacyEvent: undefined })))).toMatchObject({
      status: 404,
      code: 'link_invalid',
    });

    const opened = await openInvitation(token, legacy({ legacyEvent: EVENT.id }));
    expect(opened?.status).toBe(303);
    expect(opened?.headers.get('Location')).toBe(urls.reply(EVENT, guest.language));
    const cookie = (opened?.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toBe(`${cookieNames.invitation(EVENT.id)}=${token}`);
    const answer = await handleRsvp(
      reply({ attending: 'yes' }, { event: EVENT, cookie }),
      legacy({ legacyEvent: EVENT.id }),
    );
    expect(answer.status).toBe(200);
    expect(await createStore(env.RSVPS, EVENT).getReply(id)).toMatchObject({ attending: 'yes' });
  });
});

describe('the organisers’ list of events', () => {
  /** The site with Cloudflare Access on, the event under test naming its organisers, at `now`. */
  function withAccess(now: Date, organisers?: string[]) {
    const named = { ...EVENT, ...(organisers ? { organisers } : {}) };
    return siteContext(
      { ...env, ACCESS_TEAM_DOMAIN: 'team.cloudflareaccess.com', ACCESS_AUD: 'test-aud' } as Env,
      site,
      events.map((item) => (item.id === EVENT.id ? named : item)),
      now,
      () => undefined,
    );
  }
  const as = (name: string): CurrentSession => ({
    name,
    createdAt: OPEN_NOW.toISOString(),
    lastSeenAt: OPEN_NOW.toISOString(),
    key: null,
    endsAt: null,
    final: false,
  });

  it('shows an event that names its organisers to them only (with Access), and every other event to all', async () => {
    // As event.yaml's schema gives them: lower case.
    const site_ = withAccess(OPEN_NOW, ['head.of.protocol@example.org']);
    const listed = async (name: string) =>
      (await eventList({ ...site_, session: as(name) })).map((row) => row.event.id);
    expect(await listed('Head.Of.Protocol@example.org')).toContain(EVENT.id);
    expect(await listed('someone.else@example.org')).not.toContain(EVENT.id);
    expect(await listed('someone.else@example.org')).toContain(ANOTHER.id);
    // Without Access (the shared password) there is no one to tell apart: every event shows.
    const password = siteContext(env, site, events, OPEN_NOW, () => undefined);
    expect((await eventList({ ...password, session: as('Anyone') })).map((row) => row.event.id)).toEqual(
      expect.arrayContaining(events.map((event) => event.id)),
    );
  });

  it('keeps an ended event’s counts when its personal data are purged, and lists it with them', async () => {
    const event = { ...EVENT, id: `purged-${(counter++).toString(36)}` };
    const store = createStore(env.RSVPS, event);
    for (const [id, attending] of [
      ['purge00001', 'yes'],
      ['purge00002', 'no'],
      ['purge00003', null],
    ] as const) {
      await store.putGuest(aGuest({ id }, event));
      if (attending) await store.saveReply(aReply({ guestId: id, attending }));
    }
    const after = new Date(Date.parse(event.end) + 86_400_000);
    const site_ = siteContext(env, site, [...events, event], after, () => undefined);
    const own = site_.forEvent(event);
    await keepSummary(own);
    // The purge as KV would do it once retention ends: every personal key of the event goes.
    for (const id of ['purge00001', 'purge00002', 'purge00003']) await own.store.eraseGuest(id);
    expect(await own.store.allGuestSummaries()).toEqual([]);
    await keepSummary(own); // a later cron run keeps the counts it kept
    const row = (await eventList({ ...site_, session: as('Protocol') })).find(
      (item) => item.event.id === event.id,
    );
    expect(row).toMatchObject({
      invited: 3,
      replied: 2,
      attending: 1,
      past: true,
      purgedAt: after.toISOString(),
    });
  });
});
