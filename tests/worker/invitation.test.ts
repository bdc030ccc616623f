import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createStore } from '#server/store/store.ts';
import { createToken } from '#server/tokens.ts';
import { aReply } from '#tests/support/fixtures.ts';
import { EVENT, DEADLINE, SITE, context, invitedGuest, snapshot } from './support.ts';
import { otherLanguage } from '#tests/support/events.ts';
import { cookieNames } from '#server/http/cookies.ts';
import { urls } from '#server/urls.ts';
import { openInvitation, replyPage, failureOf } from './through.ts';

const pageRequest = (cookie?: string, method = 'GET') =>
  new Request(`${SITE}${urls.reply(EVENT, EVENT.original)}`, {
    method,
    headers: cookie ? { Cookie: cookie } : {},
  });

describe('GET /i/{token}', () => {
  it("sets the invitation cookie and sends the guest to their language's reply page", async () => {
    const lang = otherLanguage(EVENT);
    const { token } = await invitedGuest({ language: lang });
    // Forty days before the event ends: the cookie lasts until it ends.
    const now = new Date(Date.parse(EVENT.end) - 40 * 24 * 60 * 60 * 1000);
    const response = await openInvitation(token, context(now));
    expect(response?.status).toBe(303);
    expect(response?.headers.get('Location')).toBe(urls.reply(EVENT, lang));
    expect(response?.headers.get('Cache-Control')).toBe('no-store');
    const cookie = response?.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${cookieNames.invitation(EVENT.id)}=${token}; `));
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Lax');
    // max(event end, now + 30 days): the event ends after now + 30 days.
    expect(cookie).toContain(`Expires=${new Date(EVENT.end).toUTCString()}`);
    expect(cookie).not.toContain('Domain');
  });

  it('keeps the cookie at least 30 days when the event is past', async () => {
    const { token } = await invitedGuest();
    const past = new Date(Date.parse(EVENT.end) + 86_400_000);
    const response = await openInvitation(token, context(past));
    const thirtyDaysOn = new Date(past.getTime() + 30 * 86_400_000);
    expect(response?.headers.get('Set-Cookie')).toContain(`Expires=${thirtyDaysOn.toUTCString()}`);
  });

  it('answers nothing (the route shows its 404) for unknown, forged and revoked links, writing nothing', async () => {
    const { guest, token: oldToken } = await invitedGuest();
    await createStore(env.RSVPS, EVENT).putGuest({ ...guest, linkVersion: 2 });
    const candidates = [
      oldToken,
      await createToken('another-secret-another-secret-000000', EVENT.id, guest.id, 2),
      await createToken(env.INVITE_SECRET, EVENT.id, 'nosuchguest', 1),
      'not-a-token',
    ];
    for (const token of candidates) {
      const before = await snapshot();
      expect(failureOf(await openInvitation(token, context()))).toMatchObject({
        status: 404,
        code: 'link_invalid',
      });
      expect(await snapshot()).toEqual(before);
    }
    const current = await createToken(env.INVITE_SECRET, EVENT.id, guest.id, 2);
    expect((await openInvitation(current, context()))?.status).toBe(303);
  });
});

describe('GET /{lang}/reply', () => {
  it('explains, with 401, that replies need the personal link when there is no cookie', async () => {
    expect(failureOf(await replyPage(pageRequest(), context(), 'en'))).toMatchObject({
      kind: 'page',
      status: 401,
      code: 'invitation_required',
    });
  });

  it('refuses a revoked invitation cookie with 403', async () => {
    const { guest, cookie } = await invitedGuest();
    await createStore(env.RSVPS, EVENT).putGuest({ ...guest, linkVersion: 5 });
    expect(failureOf(await replyPage(pageRequest(cookie), context(), 'en'))).toMatchObject({
      status: 403,
      code: 'invitation_invalid',
    });
  });

  it('shows the empty form to a guest who has not replied', async () => {
    const { guest, cookie } = await invitedGuest();
    const view = await replyPage(pageRequest(cookie), context(), 'en');
    expect(view).toMatchObject({ kind: 'form', status: 200, reply: null, values: {}, errors: {}, guest });
    if (!(view instanceof Response) && view.kind === 'form')
      expect(view.submissionId).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
  });

  it('pre-fills the form with the current reply', async () => {
    const { guest, cookie } = await invitedGuest();
    const reply = aReply({
      guestId: guest.id,
      attending: 'yes',
      dietary: ['vegan', 'other'],
      dietaryNotes: 'No mushrooms',
    });
    await createStore(env.RSVPS, EVENT).saveReply(reply);
    const view = await replyPage(pageRequest(cookie), context(), 'en');
    expect(view).toMatchObject({
      kind: 'form',
      reply,
      values: { attending: 'yes', dietary: ['vegan', 'other'], dietaryNotes: 'No mushrooms' },
    });
  });

  it('shows the closed state at the deadline, with the recorded reply', async () => {
    const { guest, cookie } = await invitedGuest();
    const reply = aReply({ guestId: guest.id });
    await createStore(env.RSVPS, EVENT).saveReply(reply);
    expect(await replyPage(pageRequest(cookie), context(DEADLINE), 'en')).toMatchObject({
      kind: 'closed',
      status: 200,
      reply,
    });
  });

  it('refuses other methods with 405', async () => {
    const { cookie } = await invitedGuest();
    expect(failureOf(await replyPage(pageRequest(cookie, 'POST'), context(), 'en'))).toMatchObject({
      status: 405,
      code: 'method_not_allowed',
      headers: { Allow: 'GET, HEAD' },
    });
  });
});
