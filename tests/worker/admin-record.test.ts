import { env } from 'cloudflare:workers';
import { urls } from '#server/urls.ts';
import { describe, expect, it } from 'vitest';
import type { FormValues } from '#server/http/body.ts';
import { createStore } from '#server/store/store.ts';
import {
  EVENT,
  OPEN_NOW,
  adminGet,
  adminPost,
  context,
  expectView,
  form,
  invitedGuest,
  rsvpRequest,
  signIn,
  snapshot,
} from './support.ts';
import { type GuestPageView } from '#server/admin/views.ts';
import { guestPage, handleRsvp } from './through.ts';
import { otherLanguage } from '#tests/support/events.ts';

const store = () => createStore(env.RSVPS, EVENT);
const later = (minutes: number) => new Date(OPEN_NOW.getTime() + minutes * 60_000);

/** The record form's fields as the organiser's browser sends them: every value the page shows. */
function formFields(view: GuestPageView, changes: Record<string, string | string[]>): [string, string][] {
  const values: FormValues = { ...view.values, ...changes };
  return [
    ['action', 'record'],
    ['basis', view.basis],
    ...Object.entries(values).flatMap(([name, value]) =>
      [value].flat().map((item): [string, string] => [name, item]),
    ),
  ];
}

async function pageOf(id: string, cookie: string) {
  return (await guestPage(
    adminGet(urls.admin.guest(EVENT, id), cookie),
    context(later(1)),
    id,
  )) as GuestPageView;
}

/** A guest who replied on the web with everything the form offers. */
async function guestWhoRepliedOnTheWeb(reply: Record<string, unknown>) {
  const invited = await invitedGuest({ companions: 1 });
  const answer = await handleRsvp(rsvpRequest(reply, { cookie: invited.cookie }), context(OPEN_NOW));
  expect(answer.status).toBe(200);
  return invited;
}

const webReply = {
  attending: 'delegate',
  delegate: { name: 'Secretary of State', position: 'State Secretary', dietary: ['halal'] },
  companions: [{ name: 'Adviser', position: 'Counsellor', dietary: ['vegan'], accessibility: 'Step-free' }],
  placeCardName: 'H.E. the Secretary of State',
  respondent: { name: 'Private Office', email: 'office@interior.example', phone: '+352 4301 1' },
  comment: 'Arriving from Brussels.',
  lang: otherLanguage(EVENT),
};

describe('recording a reply received outside the site', () => {
  it('starts from the current reply, so every field is offered with what the guest gave', async () => {
    const { guest } = await guestWhoRepliedOnTheWeb(webReply);
    const view = await pageOf(guest.id, await signIn(OPEN_NOW));
    expect(view.basis).toBe(view.reply?.reference);
    expect(view.values).toMatchObject({
      attending: 'delegate',
      'delegate.name': 'Secretary of State',
      'delegate.dietary': ['halal'],
      'companions.0.name': 'Adviser',
      'companions.0.dietary': ['vegan'],
      'companions.0.accessibility': 'Step-free',
      placeCardName: 'H.E. the Secretary of State',
      'respondent.email': 'office@interior.example',
      comment: 'Arriving from Brussels.',
    });
  });

  it('changes only what the organiser changes: a new note on dietary needs keeps companion, place card and respondent', async () => {
    const { guest } = await guestWhoRepliedOnTheWeb(webReply);
    const cookie = await signIn(OPEN_NOW);
    const view = await pageOf(guest.id, cookie);
    const response = (await guestPage(
      adminPost(
        urls.admin.guest(EVENT, guest.id),
        formFields(view, {
          source: 'email',
          'delegate.dietaryNotes': 'No lamb',
          note: 'E-mail of 22 September',
        }),
        cookie,
      ),
      context(later(2)),
      guest.id,
    )) as Response;
    expect(response.status).toBe(303);
    const current = await store().getReply(guest.id);
    const { reference: _a, updatedAt: _b, source: _c, author: _d, note, delegate, ...rest } = current ?? {};
    const { delegate: before, ...given } = webReply;
    expect(rest).toEqual({ ...given, guestId: guest.id });
    expect(delegate).toEqual({ ...before, dietaryNotes: 'No lamb' });
    expect(note).toBe('E-mail of 22 September');
    expect(current).toMatchObject({ source: 'email', author: 'Protocol Officer' });
    expect((await store().getHistory(guest.id)).map((version) => version.source)).toEqual(['web', 'email']);
  });

  it('changing only the attendance keeps every part that still applies, and drops the delegate', async () => {
    const { guest } = await guestWhoRepliedOnTheWeb(webReply);
    const cookie = await signIn(OPEN_NOW);
    const view = await pageOf(guest.id, cookie);
    const response = (await guestPage(
      adminPost(
        urls.admin.guest(EVENT, guest.id),
        formFields(view, { source: 'phone', attending: 'yes' }),
        cookie,
      ),
      context(later(2)),
      guest.id,
    )) as Response;
    expect(response.status).toBe(303);
    const current = await store().getReply(guest.id);
    expect(current?.delegate).toBeUndefined();
    // The card named the delegate: the guest who now comes is named by the guest list (#23).
    expect(current?.placeCardName).toBeUndefined();
    expect(current).toMatchObject({
      attending: 'yes',
      companions: webReply.companions,
      respondent: webReply.respondent,
      comment: webReply.comment,
      lang: webReply.lang,
    });
  });

  it('records nothing when the reply changed after the form was opened, and shows the entries again', async () => {
    const { guest, cookie: invitation } = await guestWhoRepliedOnTheWeb(webReply);
    const cookie = await signIn(OPEN_NOW);
    const view = await pageOf(guest.id, cookie);
    // Meanwhile the guest changes the reply on the web.
    await handleRsvp(rsvpRequest({ attending: 'no' }, { cookie: invitation }), context(later(2)));
    const before = await snapshot();
    const stale = (await guestPage(
      adminPost(
        urls.admin.guest(EVENT, guest.id),
        formFields(view, { source: 'email', comment: 'From the e-mail' }),
        cookie,
      ),
      context(later(3)),
      guest.id,
    )) as GuestPageView;
    expect(stale.status).toBe(409);
    expect(stale.conflict).toBe(true);
    expect(stale.values.comment).toBe('From the e-mail');
    expect(stale.basis).toBe(stale.reply?.reference);
    expect(stale.reply?.attending).toBe('no');
    expect(await snapshot()).toEqual(before);
  });

  it('validates with the web reply’s schema: a companion beyond the allowance is refused, writing nothing', async () => {
    const { guest } = await guestWhoRepliedOnTheWeb(webReply);
    const cookie = await signIn(OPEN_NOW);
    const view = await pageOf(guest.id, cookie);
    const before = await snapshot();
    const refused = (await guestPage(
      adminPost(
        urls.admin.guest(EVENT, guest.id),
        formFields(view, {
          source: 'email',
          'companions.1.name': 'Second',
          'respondent.email': 'not-an-address',
        }),
        cookie,
      ),
      context(later(2)),
      guest.id,
    )) as GuestPageView;
    expect(refused.status).toBe(400);
    expect(refused.errors).toMatchObject({ companions: 'too_many', 'respondent.email': 'invalid_email' });
    expect(refused.basis).toBe(view.basis);
    expect(await snapshot()).toEqual(before);
  });
});

describe('the guest’s view of a recorded reply', () => {
  it('GET /api/rsvp never shows the organisers’ note or author', async () => {
    const { guest, cookie: invitation } = await guestWhoRepliedOnTheWeb(webReply);
    const cookie = await signIn(OPEN_NOW);
    const view = await pageOf(guest.id, cookie);
    await guestPage(
      adminPost(
        urls.admin.guest(EVENT, guest.id),
        formFields(view, { source: 'email', note: 'Internal: the minister may cancel' }),
        cookie,
      ),
      context(later(2)),
      guest.id,
    );
    const state = (await handleRsvp(
      rsvpRequest(undefined, { method: 'GET', cookie: invitation }),
      context(later(3)),
    )) as Response;
    const text = await state.text();
    expect(text).not.toContain('Internal: the minister may cancel');
    const body = JSON.parse(text) as { reply: Record<string, unknown> };
    expect(Object.keys(body.reply).sort()).toEqual(
      [
        'attending',
        'delegate',
        'companions',
        'placeCardName',
        'respondent',
        'comment',
        'lang',
        'reference',
        'updatedAt',
        'source',
      ].sort(),
    );
  });
});

describe('a reply form without JavaScript', () => {
  it('ignores the parts that do not apply to the answer instead of refusing them', async () => {
    const { guest, cookie } = await invitedGuest({ companions: 1 });
    const view = expectView(
      await handleRsvp(
        rsvpRequest(
          form([
            ['attending', 'no'],
            ['delegate.name', 'Left over'],
            ['companions.0.name', 'Left over'],
            ['dietary', 'vegan'],
            ['placeCardName', 'Left over'],
            ['comment', 'Regrets'],
          ]),
          { type: 'application/x-www-form-urlencoded', cookie },
        ),
        context(OPEN_NOW),
      ),
      'confirmed',
      200,
    );
    expect(view.reply).toMatchObject({ attending: 'no', companions: [], comment: 'Regrets' });
    const stored = await store().getReply(guest.id);
    expect(stored?.delegate).toBeUndefined();
    expect(stored?.dietary).toBeUndefined();
    expect(stored?.placeCardName).toBeUndefined();
  });
});
