import { env } from 'cloudflare:workers';
import { urls } from '#server/urls.ts';
import { describe, expect, it } from 'vitest';
import { REPLY_VERSION_CAP } from '#server/invitee/rsvp.ts';
import { ERASE_CHUNK, createStore } from '#server/store/store.ts';
import { backupSchema } from '#schemas/backup.ts';
import { aReply } from '#tests/support/fixtures.ts';
import {
  EVENT,
  adminGet,
  adminPost,
  context,
  expectError,
  expectView,
  form,
  invitedGuest,
  rsvpRequest,
  signIn,
  snapshot,
  keys,
  openAt,
  openIso,
} from './support.ts';
import { type GuestPageView } from '#server/admin/views.ts';
import { backupJson, guestPage, handleRsvp } from './through.ts';

const store = () => createStore(env.RSVPS, EVENT);
const historyOf = async (id: string) => (await env.RSVPS.list({ prefix: keys.historyOf(id) })).keys;

/** Stores `count` distinct versions of a guest's reply, as earlier changes would have. */
async function earlierVersions(guestId: string, count: number) {
  for (let index = 0; index < count; index++) {
    const at = openIso(-300, index * 1000);
    await store().saveReply(
      aReply({
        guestId,
        reference: `R-${String(index).padStart(4, '0')}-AAAA`,
        updatedAt: at,
        comment: `v${index}`,
      }),
    );
  }
}

describe('an identical reply', () => {
  it('writes nothing and is answered as a replay (same reference and time), in JSON', async () => {
    const { guest, cookie } = await invitedGuest({ companions: 1 });
    const body = { attending: 'yes', dietary: ['vegan'], companions: [{ name: 'Adviser' }], lang: 'en' };
    const first = (await (
      (await handleRsvp(rsvpRequest(body, { cookie }), context())) as Response
    ).json()) as {
      reference: string;
      updatedAt: string;
    };
    const before = await snapshot();
    const later = context(openAt(36));
    // The same answer again, with its keys in another order and a new submission id.
    const again = {
      lang: 'en',
      companions: [{ name: 'Adviser' }],
      dietary: ['vegan'],
      attending: 'yes',
      submissionId: 'another-form-0001',
    };
    const response = (await handleRsvp(rsvpRequest(again, { cookie }), later)) as Response;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ reference: first.reference, updatedAt: first.updatedAt });
    expect(await snapshot()).toEqual(before);
    expect(await historyOf(guest.id)).toHaveLength(1);
  });

  it('writes nothing from the no-JS form either, and confirms the reply already recorded', async () => {
    const { guest, cookie } = await invitedGuest();
    const fields: [string, string][] = [
      ['attending', 'no'],
      ['comment', 'With regrets.'],
    ];
    const type = 'application/x-www-form-urlencoded';
    const first = expectView(
      await handleRsvp(rsvpRequest(form(fields), { cookie, type }), context()),
      'confirmed',
      200,
    );
    const before = await snapshot();
    const view = expectView(
      await handleRsvp(
        rsvpRequest(form([...fields, ['submissionId', 'fresh-form-0002']]), { cookie, type }),
        context(),
      ),
      'confirmed',
      200,
    );
    expect(view.reply.reference).toBe(first.reply.reference);
    expect(await snapshot()).toEqual(before);
    expect(await historyOf(guest.id)).toHaveLength(1);
  });

  it('is still a change when anything in it differs', async () => {
    const { guest, cookie } = await invitedGuest();
    await handleRsvp(rsvpRequest({ attending: 'yes', comment: 'A' }, { cookie }), context());
    await handleRsvp(rsvpRequest({ attending: 'yes', comment: 'B' }, { cookie }), context());
    expect(await historyOf(guest.id)).toHaveLength(2);
  });
});

describe(`the history of one guest's reply (at most ${REPLY_VERSION_CAP} versions through the site)`, () => {
  it('refuses a change past the cap with 429, the mailbox named, and writes nothing', async () => {
    const { guest, cookie } = await invitedGuest();
    await earlierVersions(guest.id, REPLY_VERSION_CAP - 1);
    const last = await handleRsvp(rsvpRequest({ attending: 'no' }, { cookie }), context());
    expect(last.status).toBe(200);
    expect(await historyOf(guest.id)).toHaveLength(REPLY_VERSION_CAP);

    const before = await snapshot();
    const refused = await handleRsvp(
      rsvpRequest({ attending: 'yes' }, { cookie, headers: { 'Accept-Language': 'fr' } }),
      context(),
    );
    const error = await expectError(refused, 429, 'too_many_changes');
    expect(error.message).toContain(EVENT.mailbox);
    expect((refused as Response).headers.get('Retry-After')).toBeNull(); // waiting would not help
    expect(await snapshot()).toEqual(before);

    // The form gets the form again, what was typed kept, with the refusal naming the mailbox.
    const page = await handleRsvp(
      rsvpRequest(
        form([
          ['attending', 'yes'],
          ['comment', 'Seat me near the door.'],
        ]),
        { cookie, type: 'application/x-www-form-urlencoded' },
      ),
      context(),
    );
    expect(page).toMatchObject({
      kind: 'form',
      status: 429,
      notice: 'too_many_changes',
      values: { attending: 'yes', comment: 'Seat me near the door.' },
    });
    expect(await snapshot()).toEqual(before);

    // Repeating the reply in force is still answered, as a replay.
    expect((await handleRsvp(rsvpRequest({ attending: 'no' }, { cookie }), context())).status).toBe(200);
    expect(await snapshot()).toEqual(before);
  });

  it('counts versions stored before the count was kept (one list page)', async () => {
    const { guest, cookie } = await invitedGuest();
    await earlierVersions(guest.id, REPLY_VERSION_CAP);
    // A current reply as an older version wrote it: metadata without the count.
    const current = await env.RSVPS.getWithMetadata<Record<string, unknown>>(keys.reply(guest.id));
    const { h: _count, ...older } = current.metadata ?? {};
    expect(current.value).not.toBeNull();
    await env.RSVPS.put(keys.reply(guest.id), current.value ?? '{}', { metadata: older });
    await expectError(
      await handleRsvp(rsvpRequest({ attending: 'no' }, { cookie }), context()),
      429,
      'too_many_changes',
    );
  });
});

describe('erasing a guest with a long history', () => {
  it(
    `goes in chunks of ${ERASE_CHUNK} keys that resume where they stopped`,
    { timeout: 60_000 },
    async () => {
      const { guest } = await invitedGuest({ name: 'Guest With A Long History' });
      const total = ERASE_CHUNK + 30;
      const version = JSON.stringify(aReply({ guestId: guest.id }));
      for (let start = 0; start < total; start += 100) {
        await Promise.all(
          Array.from({ length: Math.min(100, total - start) }, (_, offset) =>
            env.RSVPS.put(
              `${keys.historyOf(guest.id)}${openIso(-444)}:R-${String(start + offset).padStart(4, '0')}-AAAA`,
              version,
            ),
          ),
        );
      }
      await store().saveReply(aReply({ guestId: guest.id }));
      const cookie = await signIn(new Date());
      const erase = () =>
        guestPage(
          adminPost(
            urls.admin.guest(EVENT, guest.id),
            [
              ['action', 'erase'],
              ['confirm', guest.id],
            ],
            cookie,
          ),
          context(new Date()),
          guest.id,
        );
      const partial = (await erase()) as GuestPageView;
      expect(partial).not.toBeInstanceOf(Response);
      expect(partial.notice).toBe('erasing');
      expect(await historyOf(guest.id)).toHaveLength(total + 1 - ERASE_CHUNK);
      expect(await store().getGuest(guest.id)).not.toBeNull();

      const done = (await erase()) as Response;
      expect(done.status).toBe(303);
      expect(done.headers.get('Location')).toBe(urls.admin.dashboard(EVENT, { done: 'erased' }));
      expect(await historyOf(guest.id)).toEqual([]);
      expect(await env.RSVPS.get(keys.reply(guest.id))).toBeNull();
      expect(await store().getGuest(guest.id)).toBeNull();
    },
  );
});

describe('GET /admin/backup.json', () => {
  it(
    'streams: nothing is read beyond the session before the file is read, and it reads back',
    { timeout: 60_000 },
    async () => {
      const { guest } = await invitedGuest();
      await earlierVersions(guest.id, 3);
      // A key the store did not write (no summary metadata), as an older version left: not a guest.
      await env.RSVPS.put(keys.guest('legacy0003'), '{}');
      const operations = { count: 0 };
      const counted = new Proxy(env.RSVPS, {
        get(target, property) {
          const member = Reflect.get(target, property, target);
          if (typeof member !== 'function') return member;
          return (...args: unknown[]) => {
            operations.count++;
            return (member as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
      const cookie = await signIn(new Date());
      const ctx = { ...context(new Date()), store: createStore(counted, EVENT) };
      const response = await backupJson(adminGet(urls.admin.download(EVENT, 'backup.json'), cookie), ctx);
      expect(response.status).toBe(200);
      const atResponse = operations.count;
      expect(atResponse).toBeLessThanOrEqual(2); // the session, nothing of the backup yet

      expect(response.body).toBeInstanceOf(ReadableStream);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const chunks: Uint8Array[] = [];
      for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
      expect(chunks.length).toBeGreaterThan(3);
      expect(operations.count).toBeGreaterThan(atResponse + 3);
      const text = new TextDecoder().decode(Buffer.concat(chunks));
      const backup = backupSchema.parse(JSON.parse(text));
      expect(backup.guests.map((item) => item.id)).toContain(guest.id);
      expect(backup.guests.map((item) => item.id)).not.toContain('legacy0003');
      expect(backup.history.filter((version) => version.guestId === guest.id)).toHaveLength(3);
      expect(backup.replies.filter((reply) => reply.guestId === guest.id)).toHaveLength(1);
    },
  );
});

describe('the guest’s page for the organisers', () => {
  it('shows beside each version what it changed against the one before', async () => {
    const { guest } = await invitedGuest({ companions: 1 });
    await store().saveReply(
      aReply({
        guestId: guest.id,
        attending: 'yes',
        reference: 'R-HIST-0001',
        updatedAt: openIso(1),
        comment: 'See you',
      }),
    );
    await store().saveReply(
      aReply({
        guestId: guest.id,
        attending: 'no',
        dietary: [],
        reference: 'R-HIST-0002',
        updatedAt: openIso(2),
        comment: 'See you',
      }),
    );
    const cookie = await signIn(openAt(3));
    const page = (await guestPage(
      adminGet(urls.admin.guest(EVENT, guest.id), cookie),
      context(openAt(3)),
      guest.id,
    )) as GuestPageView;
    const [latest, first] = page.history;
    expect(latest?.reference).toBe('R-HIST-0002');
    expect(first?.changes).toBeNull();
    const labels = (latest?.changes ?? []).map((change) => change.label);
    expect(latest?.changes).toContainEqual({
      label: 'Attendance',
      before: 'attending',
      now: 'not attending',
    });
    // The comment did not change: it is not listed.
    expect(labels).not.toContain('Message');
    expect(labels.length).toBeGreaterThan(0);
  });
});
