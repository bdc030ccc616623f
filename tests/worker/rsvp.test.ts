import { cookieNames } from '#server/http/cookies.ts';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createStore } from '#server/store/store.ts';
import { createToken } from '#server/tokens.ts';
import {
  EVENT,
  DEADLINE,
  SITE,
  context,
  expectError,
  expectView,
  form,
  invitedGuest,
  rsvpRequest,
  snapshot,
  keys,
  OPEN_NOW,
  openAt,
  eventStore,
} from './support.ts';
import { handleRsvp, replyPage, failureOf, openInvitation } from './through.ts';

const store = () => createStore(env.RSVPS, EVENT);
const historyOf = async (id: string) => (await env.RSVPS.list({ prefix: keys.historyOf(id) })).keys;

describe('POST /api/rsvp refusals (each writes nothing)', () => {
  it('refuses other methods with 405 and Allow', async () => {
    const { cookie } = await invitedGuest();
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const before = await snapshot();
      const result = await handleRsvp(rsvpRequest({ attending: 'yes' }, { method, cookie }), context());
      await expectError(result, 405, 'method_not_allowed');
      expect((result as Response).headers.get('Allow')).toBe('GET, POST');
      expect(await snapshot()).toEqual(before);
    }
  });

  it('refuses other content types with 415, as JSON', async () => {
    const { cookie } = await invitedGuest();
    for (const type of [
      'text/plain',
      'multipart/form-data; boundary=x',
      null,
      'application/json; charset=latin1',
    ]) {
      const before = await snapshot();
      const result = await handleRsvp(rsvpRequest('attending=yes', { type, cookie }), context());
      await expectError(result, 415, 'unsupported_media_type');
      expect(await snapshot()).toEqual(before);
    }
  });

  it('refuses a body over 16 KiB with 413, whatever Content-Length says', async () => {
    const { cookie } = await invitedGuest();
    const big = JSON.stringify({ attending: 'yes', comment: 'x'.repeat(17 * 1024) });
    const cases = [
      rsvpRequest(big, { cookie }),
      rsvpRequest(big, { cookie, headers: { 'Content-Length': '20' } }),
      rsvpRequest('{"attending":"yes"}', { cookie, headers: { 'Content-Length': String(1024 * 1024) } }),
    ];
    for (const request of cases) {
      const before = await snapshot();
      await expectError(await handleRsvp(request, context()), 413, 'payload_too_large');
      expect(await snapshot()).toEqual(before);
    }
  });

  it('refuses a cross-site POST with 403 forbidden_origin', async () => {
    const { cookie } = await invitedGuest();
    const crossSite = [
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'same-site', Origin: 'https://sub.invitation.test' },
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'null' },
    ];
    for (const headers of crossSite) {
      const before = await snapshot();
      const result = await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie, headers }), context());
      await expectError(result, 403, 'forbidden_origin');
      expect(await snapshot()).toEqual(before);
    }
  });

  it('refuses without an invitation cookie with 401 invitation_required', async () => {
    const before = await snapshot();
    await expectError(
      await handleRsvp(rsvpRequest({ attending: 'yes' }), context()),
      401,
      'invitation_required',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a forged, an unknown and a revoked invitation with 403 invitation_invalid', async () => {
    const { guest, cookie: oldCookie } = await invitedGuest();
    await store().putGuest({ ...guest, linkVersion: 2 }); // revoked: the link version moved on
    const forged = await createToken('another-secret-another-secret-000000', EVENT.id, guest.id, 2);
    const unknown = await createToken(env.INVITE_SECRET, EVENT.id, 'nosuchguest', 1);
    for (const cookie of [
      oldCookie,
      `${cookieNames.invitation(EVENT.id)}=${forged}`,
      `${cookieNames.invitation(EVENT.id)}=${unknown}`,
      `${cookieNames.invitation(EVENT.id)}=garbage`,
    ]) {
      const before = await snapshot();
      await expectError(
        await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), context()),
        403,
        'invitation_invalid',
      );
      expect(await snapshot()).toEqual(before);
    }
  });

  it('refuses at the deadline itself with 403 rsvp_closed naming the deadline and the mailbox, in the guest’s language', async () => {
    // Two of its languages (Intl's own "en" writes dates the American way, which the site does not).
    for (const language of EVENT.languages.filter((lang) => lang !== 'en').slice(0, 2)) {
      const { cookie } = await invitedGuest({ language });
      const before = await snapshot();
      const result = await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), context(DEADLINE));
      const error = await expectError(result, 403, 'rsvp_closed');
      expect(error.message).toContain(EVENT.mailbox);
      // The deadline's date as the language writes it, where the event takes place.
      const date = new Intl.DateTimeFormat(language, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: EVENT.timeZone,
      }).format(new Date(Date.parse(EVENT.deadline) - 1));
      const spaces = (text: string) => text.replace(/\s/g, ' ');
      expect(spaces(error.message)).toContain(spaces(date));
      expect(await snapshot()).toEqual(before);
    }
  });

  it('answers in the language of the form, else the guest’s, else Accept-Language', async () => {
    const [guestLanguage = 'en', formLanguage = 'en'] = EVENT.languages.filter((lang) => lang !== 'en');
    const { cookie } = await invitedGuest({ language: guestLanguage });
    const message = async (body: unknown, headers: Record<string, string> = {}) =>
      (
        await expectError(
          await handleRsvp(rsvpRequest(body, { cookie, headers }), context()),
          400,
          'validation_failed',
        )
      ).message;
    const guests = await message({ attending: 'maybe' });
    const forms = await message({ attending: 'maybe', lang: formLanguage });
    expect(forms).not.toBe(guests);
    const anonymous = await expectError(
      await handleRsvp(
        rsvpRequest({ attending: 'yes' }, { headers: { 'Accept-Language': 'fi' } }),
        context(),
      ),
      401,
      'invitation_required',
    );
    const english = await expectError(
      await handleRsvp(rsvpRequest({ attending: 'yes' }), context()),
      401,
      'invitation_required',
    );
    expect(anonymous.message).not.toBe(english.message);
  });

  it('refuses an invalid body with 400 validation_failed and the fields at fault', async () => {
    const { cookie } = await invitedGuest({ companions: 0 });
    const cases: [unknown, Record<string, string>][] = [
      [{ attending: 'maybe' }, { attending: 'invalid_choice' }],
      [{ attending: 'delegate' }, { 'delegate.name': 'required', 'delegate.position': 'required' }],
      [{ attending: 'yes', dietary: ['vegan', 'vegan'] }, { dietary: 'duplicate_values' }],
      [{ attending: 'yes', seat: '1A' }, { seat: 'unknown_field' }],
      [{ attending: 'yes', comment: 'a\u0000b' }, { comment: 'forbidden_characters' }],
      [{ attending: 'yes', companions: [{ name: 'Adviser' }] }, { companions: 'companions_not_allowed' }],
      ['{"attending":', { '': 'invalid_json' }],
    ];
    for (const [body, fields] of cases) {
      const before = await snapshot();
      const error = await expectError(
        await handleRsvp(rsvpRequest(body, { cookie }), context()),
        400,
        'validation_failed',
      );
      expect(error.fields).toEqual(fields);
      expect(await snapshot()).toEqual(before);
    }
  });

  it('refuses more companions than the guest list allows', async () => {
    const { cookie } = await invitedGuest({ companions: 1 });
    const before = await snapshot();
    const body = { attending: 'yes', companions: [{ name: 'Adviser' }, { name: 'Interpreter' }] };
    const error = await expectError(
      await handleRsvp(rsvpRequest(body, { cookie }), context()),
      400,
      'validation_failed',
    );
    expect(error.fields).toEqual({ companions: 'too_many' });
    expect(await snapshot()).toEqual(before);
  });

  it('checks in the order of docs/design.md: a malformed cross-site request without a cookie is a 415 first', async () => {
    const result = await handleRsvp(
      rsvpRequest('x', {
        type: 'text/plain',
        headers: { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
      }),
      context(DEADLINE),
    );
    await expectError(result, 415, 'unsupported_media_type');
  });
});

describe('the same-origin rule', () => {
  const variants: [string, Record<string, string>][] = [
    ['Sec-Fetch-Site: same-origin', { 'Sec-Fetch-Site': 'same-origin', Origin: '' }],
    ['Origin: null with Sec-Fetch-Site: same-origin', { 'Sec-Fetch-Site': 'same-origin', Origin: 'null' }],
    ['Origin equal to the site', { 'Sec-Fetch-Site': '', Origin: SITE }],
  ];
  for (const [name, headers] of variants) {
    it(`accepts ${name}`, async () => {
      const { cookie } = await invitedGuest();
      const request = rsvpRequest({ attending: 'no' }, { cookie });
      for (const [header, value] of Object.entries(headers)) {
        if (value) request.headers.set(header, value);
        else request.headers.delete(header);
      }
      expect((await handleRsvp(request, context())).status).toBe(200);
    });
  }

  it('accepts a non-browser client that sends neither header', async () => {
    const { cookie } = await invitedGuest();
    const request = rsvpRequest({ attending: 'no' }, { cookie });
    request.headers.delete('Sec-Fetch-Site');
    request.headers.delete('Origin');
    expect((await handleRsvp(request, context())).status).toBe(200);
  });
});

describe('POST /api/rsvp writes', () => {
  it('accepts a reply one second before the deadline', async () => {
    const { guest, cookie } = await invitedGuest();
    const result = await handleRsvp(
      rsvpRequest({ attending: 'yes' }, { cookie }),
      context(new Date(DEADLINE.getTime() - 1000)),
    );
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(200);
    expect(await store().getReply(guest.id)).toMatchObject({ attending: 'yes' });
  });

  it('answers JSON with the reply, its reference and time, and grows history by one per change', async () => {
    const { guest, cookie } = await invitedGuest();
    const first = (await handleRsvp(
      rsvpRequest({ attending: 'yes', dietary: ['halal'] }, { cookie }),
      context(),
    )) as Response;
    expect(first.status).toBe(200);
    const body = (await first.json()) as {
      reply: Record<string, unknown>;
      reference: string;
      updatedAt: string;
    };
    expect(body.reference).toMatch(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(body.updatedAt).toBe(OPEN_NOW.toISOString());
    expect(body.reply).toMatchObject({
      attending: 'yes',
      dietary: ['halal'],
      source: 'web',
      reference: body.reference,
    });
    expect(body.reply).not.toHaveProperty('guestId');
    expect(await historyOf(guest.id)).toHaveLength(1);

    const later = openAt(35);
    await handleRsvp(rsvpRequest({ attending: 'no' }, { cookie }), context(later));
    expect(await historyOf(guest.id)).toHaveLength(2);
    expect(await store().getReply(guest.id)).toMatchObject({
      attending: 'no',
      updatedAt: later.toISOString(),
    });
  });

  it('answers a repeated submissionId with the first answer and writes nothing new', async () => {
    const { guest, cookie } = await invitedGuest();
    const body = { attending: 'yes', submissionId: 'form-0001-abcdef' };
    const reply = async (now: Date) =>
      (await ((await handleRsvp(rsvpRequest(body, { cookie }), context(now))) as Response).json()) as {
        reference: string;
        updatedAt: string;
      };
    const first = await reply(openAt(12));
    const before = await snapshot();
    const again = await reply(openAt(12, 300000));
    expect(again.reference).toBe(first.reference);
    expect(again.updatedAt).toBe(first.updatedAt);
    expect(await snapshot()).toEqual(before);
    expect(await historyOf(guest.id)).toHaveLength(1);
  });

  it('answers a form post with the confirmation built from what was written', async () => {
    const { guest, cookie } = await invitedGuest();
    const body = form([
      ['lang', 'en'],
      ['submissionId', 'form-0002-abcdef'],
      ['attending', 'delegate'],
      ['delegate.name', 'Secretary of State for Security'],
      ['delegate.position', 'Secretary of State'],
      ['dietary', ''],
      ['comment', 'Arriving from Brussels.'],
    ]);
    const result = await handleRsvp(
      rsvpRequest(body, { cookie, type: 'application/x-www-form-urlencoded' }),
      context(),
    );
    const view = expectView(result, 'confirmed', 200);
    expect(view.reply).toEqual(await store().getReply(guest.id));
    expect(view.reply).toMatchObject({
      attending: 'delegate',
      delegate: { name: 'Secretary of State for Security', position: 'Secretary of State' },
      comment: 'Arriving from Brussels.',
      lang: 'en',
    });
  });

  it('answers an invalid form post with the form again, errors by field and every value kept', async () => {
    const { cookie } = await invitedGuest();
    const before = await snapshot();
    const body = form([
      ['lang', 'en'],
      ['attending', 'delegate'],
      ['delegate.name', 'Secretary of State'],
      ['dietary', 'vegan'],
      ['dietary', 'halal'],
      ['comment', 'Please seat us together.'],
    ]);
    const result = await handleRsvp(
      rsvpRequest(body, { cookie, type: 'application/x-www-form-urlencoded' }),
      context(),
    );
    const view = expectView(result, 'form', 400);
    expect(view.errors).toEqual({ 'delegate.position': 'required' });
    expect(view.values).toMatchObject({
      attending: 'delegate',
      'delegate.name': 'Secretary of State',
      dietary: ['vegan', 'halal'],
      comment: 'Please seat us together.',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a repeated single-value form field', async () => {
    const { cookie } = await invitedGuest();
    const before = await snapshot();
    const body = form([
      ['attending', 'yes'],
      ['attending', 'no'],
    ]);
    const result = await handleRsvp(
      rsvpRequest(body, { cookie, type: 'application/x-www-form-urlencoded' }),
      context(),
    );
    expect(expectView(result, 'form', 400).errors).toEqual({ attending: 'repeated' });
    expect(await snapshot()).toEqual(before);
  });

  it('answers after the deadline in the language of the page sent, not the guest list’s (#26)', async () => {
    // Two languages of the event: the guest list's and the page's (every shipped event has two).
    const [listed = EVENT.original, page = EVENT.original] = EVENT.languages.filter(
      (lang) => lang !== EVENT.original,
    );
    expect(listed).not.toBe(page);
    const { cookie } = await invitedGuest({ language: listed });
    // Without JavaScript: the form's page language.
    const closed = expectView(
      await handleRsvp(
        rsvpRequest(
          form([
            ['attending', 'yes'],
            ['lang', page],
          ]),
          { cookie, type: 'application/x-www-form-urlencoded' },
        ),
        context(DEADLINE),
      ),
      'closed',
      403,
    );
    expect(closed.lang).toBe(page);
    // In JSON too: the refusal's message is the page's language's.
    const json = await handleRsvp(
      rsvpRequest({ attending: 'yes', lang: page }, { cookie }),
      context(DEADLINE),
    );
    const error = await expectError(json, 403, 'rsvp_closed');
    const inGuestList = await expectError(
      await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), context(DEADLINE)),
      403,
      'rsvp_closed',
    );
    expect(error.message).not.toBe(inGuestList.message);
  });

  it('answers a form post after the deadline with the closed page, status 403, keeping the reply as typed and recording nothing', async () => {
    const { guest, cookie } = await invitedGuest();
    const typed = form([
      ['attending', 'no'],
      ['comment', 'Ο υπουργός λυπάται.'],
    ]);
    const closed = expectView(
      await handleRsvp(
        rsvpRequest(typed, { cookie, type: 'application/x-www-form-urlencoded' }),
        context(DEADLINE),
      ),
      'closed',
      403,
    );
    expect(closed.typed).toMatchObject({ attending: 'no', comment: 'Ο υπουργός λυπάται.' });
    expect(await eventStore().getReply(guest.id)).toBeNull();
    // A form that would not have been valid keeps the closed page, and what was typed.
    const invalid = expectView(
      await handleRsvp(
        rsvpRequest(form([['attending', 'perhaps']]), { cookie, type: 'application/x-www-form-urlencoded' }),
        context(DEADLINE),
      ),
      'closed',
      403,
    );
    expect(invalid.typed).toBeNull();
    // Still shown, field by field, as typed (the closed page and its mail).
    expect(invalid.typedForm).toBe('attending=perhaps');
  });

  it('lets RSVP_DEADLINE move the deadline without a rebuild', async () => {
    const { cookie } = await invitedGuest();
    const late = new Date(DEADLINE.getTime() + 86_400_000);
    const open = context(late, { RSVP_DEADLINE: '2099-12-31T23:59:59+01:00' });
    expect((await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), open)).status).toBe(200);
    await expectError(
      await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), context(late)),
      403,
      'rsvp_closed',
    );
  });
});

describe('GET /api/rsvp', () => {
  it("answers the cookie guest's state as JSON", async () => {
    const { guest, cookie } = await invitedGuest({ companions: 2 });
    const empty = (await handleRsvp(
      rsvpRequest(undefined, { method: 'GET', cookie }),
      context(),
    )) as Response;
    expect(await empty.json()).toEqual({
      open: true,
      deadline: DEADLINE.toISOString(),
      guest: {
        id: guest.id,
        name: guest.name,
        position: guest.position,
        organisation: guest.organisation,
        language: guest.language,
        companionsAllowed: 2,
      },
      reply: null,
    });
    await handleRsvp(rsvpRequest({ attending: 'no' }, { cookie }), context());
    const after = (await handleRsvp(
      rsvpRequest(undefined, { method: 'GET', cookie }),
      context(DEADLINE),
    )) as Response;
    expect(await after.json()).toMatchObject({ open: false, reply: { attending: 'no', source: 'web' } });
  });

  it('refuses without an invitation', async () => {
    await expectError(
      await handleRsvp(rsvpRequest(undefined, { method: 'GET' }), context()),
      401,
      'invitation_required',
    );
  });
});

describe('rate limits', () => {
  it('answer 429 with Retry-After once an invitation has sent 10 replies in a minute, and write nothing', async () => {
    const { cookie } = await invitedGuest();
    for (let reply = 1; reply <= 10; reply++) {
      expect(
        (await handleRsvp(rsvpRequest({ attending: reply % 2 ? 'yes' : 'no' }, { cookie }), context()))
          .status,
      ).toBe(200);
    }
    const before = await snapshot();
    const refused = await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), context());
    const error = await expectError(refused, 429, 'rate_limited');
    expect(error.message.length).toBeGreaterThan(10);
    expect((refused as Response).headers.get('Retry-After')).toBe('60');
    expect(await snapshot()).toEqual(before);
    // The form gets the form again with what was typed, the refusal above it, nothing written.
    const page = await handleRsvp(
      rsvpRequest(
        form([
          ['attending', 'no'],
          ['comment', 'Regrets.'],
        ]),
        { cookie, type: 'application/x-www-form-urlencoded' },
      ),
      context(),
    );
    expect(page).toMatchObject({
      kind: 'form',
      status: 429,
      notice: 'rate_limited',
      values: { attending: 'no', comment: 'Regrets.' },
      headers: { 'Retry-After': '60' },
    });
    expect(await snapshot()).toEqual(before);
    // Another guest behind the same proxy is not affected.
    const other = await invitedGuest();
    expect(
      (await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie: other.cookie }), context())).status,
    ).toBe(200);
  });

  it('do not count malformed requests: a burst of them cannot lock a guest out', async () => {
    const { cookie } = await invitedGuest();
    for (let attempt = 0; attempt < 30; attempt++) {
      await handleRsvp(rsvpRequest({ attending: 'maybe' }, { cookie }), context());
    }
    expect((await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), context())).status).toBe(200);
  });

  it('slow down guessing of personal links per client address, never valid links', async () => {
    const { token } = await invitedGuest();
    const from = (address: string) =>
      new Request(`${SITE}/i/x`, { headers: { 'CF-Connecting-IP': address } });
    for (let guess = 0; guess < 20; guess++) {
      expect(failureOf(await openInvitation(`guess${guess}`, context(), from('203.0.113.9')))).toMatchObject({
        status: 404,
        code: 'link_invalid',
      });
    }
    expect((await openInvitation('guess20', context(), from('203.0.113.9')))?.status).toBe(429);
    expect((await openInvitation(token, context(), from('203.0.113.9')))?.status).toBe(303);
  });
});

describe('storage faults', () => {
  /** The real binding with writes failing (all of them, or only those to the current reply). */
  function failingWrites(only?: string) {
    return new Proxy(env.RSVPS, {
      get(target, property) {
        if (property === 'put') {
          return (key: string, value: string, options?: KVNamespacePutOptions) =>
            !only || key.startsWith(only)
              ? Promise.reject(new Error('KV PUT failed: 500'))
              : target.put(key, value, options);
        }
        const member = Reflect.get(target, property, target);
        return typeof member === 'function' ? member.bind(target) : member;
      },
    });
  }

  it('answer 503 storage_unavailable with Retry-After, writing nothing, when KV is unavailable', async () => {
    const { cookie } = await invitedGuest();
    const before = await snapshot();
    const ctx = { ...context(), store: createStore(failingWrites(), EVENT) };
    const result = await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), ctx);
    await expectError(result, 503, 'storage_unavailable');
    expect((result as Response).headers.get('Retry-After')).toBe('30');
    expect(await snapshot()).toEqual(before);
  });

  it('keep the previous reply current when the new one cannot be made current', async () => {
    const { guest, cookie } = await invitedGuest();
    await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), context());
    const previous = await store().getReply(guest.id);
    const ctx = {
      ...context(openAt(36)),
      store: createStore(failingWrites(keys.replies), EVENT),
    };
    await expectError(
      await handleRsvp(rsvpRequest({ attending: 'no' }, { cookie }), ctx),
      503,
      'storage_unavailable',
    );
    expect(await store().getReply(guest.id)).toEqual(previous);
  });

  it('answer the form with the form again (503), every value kept; the same submissionId later succeeds once', async () => {
    const { guest, cookie } = await invitedGuest();
    const fields: [string, string][] = [
      ['attending', 'yes'],
      ['comment', 'Please seat us together.'],
      ['submissionId', 'retry-0001-abcdef'],
    ];
    const send = (ctx: ReturnType<typeof context>) =>
      handleRsvp(rsvpRequest(form(fields), { cookie, type: 'application/x-www-form-urlencoded' }), ctx);
    const failed = await send({ ...context(), store: createStore(failingWrites(), EVENT) });
    expect(failed).toMatchObject({
      kind: 'form',
      status: 503,
      notice: 'storage_unavailable',
      submissionId: 'retry-0001-abcdef',
      values: { attending: 'yes', comment: 'Please seat us together.' },
      headers: { 'Retry-After': '30' },
    });
    expectView(await send(context()), 'confirmed', 200);
    expectView(await send(context(openAt(12, 60000))), 'confirmed', 200);
    expect(await historyOf(guest.id)).toHaveLength(1);
  });

  it('answer 503, never a 5xx crash or a 2xx, when KV reads fail', async () => {
    const { cookie } = await invitedGuest();
    const failingReads = new Proxy(env.RSVPS, {
      get(target, property) {
        if (property === 'get' || property === 'list')
          return () => Promise.reject(new Error('KV GET failed: 500'));
        const member = Reflect.get(target, property, target);
        return typeof member === 'function' ? member.bind(target) : member;
      },
    });
    const before = await snapshot();
    const ctx = { ...context(), store: createStore(failingReads, EVENT) };
    const result = await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), ctx);
    await expectError(result, 503, 'storage_unavailable');
    const page = await replyPage(new Request(`${SITE}/en/reply`, { headers: { Cookie: cookie } }), ctx, 'en');
    expect(failureOf(page)).toMatchObject({ kind: 'page', status: 503, code: 'storage_unavailable' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('a reply stores only what its answer asks', () => {
  it('leaves out a place card and the guest’s own needs sent in JSON with a regret', async () => {
    const { guest, cookie } = await invitedGuest();
    const body = { attending: 'no', placeCardName: 'X', dietaryNotes: 'Y', accessibility: 'Z', lang: 'en' };
    const response = (await handleRsvp(rsvpRequest(body, { cookie }), context())) as Response;
    expect(response.status).toBe(200);
    const stored = await eventStore().getReply(guest.id);
    expect(stored?.attending).toBe('no');
    expect(stored).not.toHaveProperty('placeCardName');
    expect(stored).not.toHaveProperty('dietaryNotes');
    expect(stored).not.toHaveProperty('accessibility');
  });
});
