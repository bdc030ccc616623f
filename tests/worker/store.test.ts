import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { attendingFingerprints } from '#server/seating/fingerprint.ts';
import {
  METADATA_LIMIT_BYTES,
  createStore,
  guestSummary,
  neededCounts,
  replySummary,
  type ReplySummary,
} from '#server/store/store.ts';
import { allergenCodes, dietaryCodes } from '#schemas/reply.ts';
import { personalExpiration } from '#server/retention.ts';
import { otherLanguage } from '#tests/support/events.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';
import { EVENT, keys, OPEN_NOW, openIso } from './support.ts';

const now = new Date('2026-11-28T12:00:00Z');
const store = () => createStore(env.RSVPS, EVENT, () => now);

async function keysWith(prefix: string) {
  return (await env.RSVPS.list({ prefix })).keys;
}

describe('the KV store', () => {
  it('stores a guest under guest:{id} and reads it back', async () => {
    const guest = aGuest({ id: 'guest0001' });
    await store().putGuest(guest);
    expect(await store().getGuest('guest0001')).toEqual(guest);
    expect(await env.RSVPS.get(keys.guest('guest0001'), 'json')).toEqual(guest);
  });

  it('answers null for a guest that does not exist', async () => {
    expect(await store().getGuest('nobody00')).toBeNull();
  });

  it('refuses to store a guest that fails the guest schema', async () => {
    await expect(store().putGuest(aGuest({ id: 'Jane.Doe@example.org' }))).rejects.toThrow();
    expect(await keysWith(keys.guest('Jane'))).toHaveLength(0);
  });

  it('lists guests with their summary as metadata, one list call per page', async () => {
    const [first = '', last = ''] = [EVENT.categories[0], EVENT.categories.at(-1)];
    const language = otherLanguage(EVENT);
    await store().putGuest(
      aGuest({ id: 'list0001', name: 'Minister of the Interior of Malta', language }, EVENT),
    );
    await store().putGuest(aGuest({ id: 'list0002', category: last, companions: 0 }, EVENT));
    const page = await store().listGuests();
    const listed = page.items.filter((item) => item.id.startsWith('list'));
    expect(listed).toEqual([
      {
        id: 'list0001',
        summary: {
          n: 'Minister of the Interior of Malta',
          o: 'Ministry of the Interior, Estonia',
          c: first,
          l: language,
          k: 1,
          v: 1,
        },
      },
      expect.objectContaining({ id: 'list0002', summary: expect.objectContaining({ c: last, k: 0 }) }),
    ]);
    expect(page.cursor).toBeUndefined();
  });

  it('writes every personal key with the retention expiration', async () => {
    await store().putGuest(aGuest({ id: 'expire01' }));
    await store().saveReply(aReply({ guestId: 'expire01' }));
    const expected = personalExpiration(now, EVENT);
    for (const prefix of [keys.guest('expire01'), keys.reply('expire01'), keys.historyOf('expire01')]) {
      const [key] = await keysWith(prefix);
      expect(key?.expiration, prefix).toBe(expected);
    }
  });

  it('keeps every version in history and the latest as the current reply', async () => {
    const first = aReply({ guestId: 'hist0001', attending: 'yes', updatedAt: OPEN_NOW.toISOString() });
    const second = aReply({
      guestId: 'hist0001',
      attending: 'no',
      dietary: [],
      reference: 'R-2222-2222',
      updatedAt: openIso(34, 1800000),
    });
    await store().saveReply(first);
    expect(await keysWith(keys.historyOf('hist0001'))).toHaveLength(1);
    await store().saveReply(second);
    expect(await keysWith(keys.historyOf('hist0001'))).toHaveLength(2);
    expect(await store().getReply('hist0001')).toEqual(second);
    expect(await store().getHistory('hist0001')).toEqual([first, second]);
  });

  it('writes the history entry before the current reply, so a failed write loses no version', async () => {
    const kv = env.RSVPS;
    // The real binding, with one injected fault: writes to reply:* fail as if KV were unavailable.
    const failingReplies = new Proxy(kv, {
      get(target, property) {
        if (property === 'put') {
          return (
            key: string,
            ...rest: Parameters<KVNamespace['put']> extends [string, ...infer R] ? R : never
          ) =>
            key.startsWith(keys.replies)
              ? Promise.reject(new Error('KV unavailable'))
              : target.put(key, ...rest);
        }
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const reply = aReply({ guestId: 'fault001' });
    await expect(createStore(failingReplies, EVENT, () => now).saveReply(reply)).rejects.toThrow(
      'KV unavailable',
    );
    expect(await store().getHistory('fault001')).toEqual([reply]);
    expect(await store().getReply('fault001')).toBeNull();
  });

  it('lists current replies with summary metadata: codes, flags, counts and a short name', async () => {
    const reply = aReply({
      guestId: 'summ0001',
      attending: 'delegate',
      dietary: [],
      delegate: {
        name: 'Director-General for Security',
        position: 'Director-General',
        dietary: ['halal'],
        allergens: ['peanuts', 'milk'],
        severeAllergens: ['peanuts'],
        accessibility: 'Step-free access',
      },
      companions: [{ name: 'Adviser', dietary: ['halal'], allergens: ['milk'] }],
      comment: 'Arriving from the airport.',
    });
    await store().saveReply(reply);
    const page = await store().listReplies();
    const item = page.items.find((entry) => entry.id === 'summ0001');
    expect(item?.summary).toEqual({
      a: 'delegate',
      c: 1,
      d: { halal: 2 },
      // Allergens counted in the order of Annex II: peanuts (5th) once, milk (7th) twice.
      g: [0, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0],
      f: 2 | 4,
      n: 'Director-General for Security',
      r: 'R-7K3M-Q9TD',
      s: 'web',
      u: reply.updatedAt,
      // Who it brings, as the seating plan tells them apart: the delegate, then the adviser.
      w: attendingFingerprints(reply),
      h: 1,
    } satisfies ReplySummary);
    expect(item?.summary.w).toHaveLength(2);
  });

  it('keeps the metadata within 1 KiB for the longest names in four-byte characters', async () => {
    const everyNeed = {
      dietary: [...dietaryCodes],
      allergens: [...allergenCodes],
      severeAllergens: [...allergenCodes],
      dietaryNotes: 'n',
      accessibility: 'a',
    };
    const long = '𝔐'.repeat(120);
    const guest = aGuest({ id: 'long0001', name: long, organisation: long });
    const reply = aReply({
      guestId: 'long0001',
      attending: 'delegate',
      // Everyone with every requirement and every allergen, severe: the most the counts can hold.
      delegate: { name: long, position: long, ...everyNeed },
      companions: Array.from({ length: 10 }, () => ({ name: long, ...everyNeed })),
    });
    for (const metadata of [guestSummary(guest), replySummary(reply, 50)]) {
      expect(new TextEncoder().encode(JSON.stringify(metadata)).length).toBeLessThanOrEqual(
        METADATA_LIMIT_BYTES,
      );
    }
    // Names whole (lists, the chase list and the digest show them from here); the organisation
    // shortened only as far as the limit needs, beside the longest address.
    const addressed = guestSummary({ ...guest, email: `${'a'.repeat(64)}@${'b'.repeat(185)}.eu` });
    expect(addressed.n).toBe(long);
    expect(addressed.o.endsWith('…')).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify(addressed)).length).toBeLessThanOrEqual(
      METADATA_LIMIT_BYTES,
    );
    expect(replySummary(reply).n).toBe(long);
    const ukTitle =
      'Secretary of State for the Home Department of the United Kingdom of Great Britain and Northern Ireland';
    expect(guestSummary(aGuest({ name: ukTitle, organisation: ukTitle }))).toMatchObject({
      n: ukTitle,
      o: ukTitle,
    });
    await store().putGuest(guest);
    await store().saveReply(reply);
    const [key] = await keysWith(keys.reply('long0001'));
    expect(key?.metadata).toEqual(replySummary(reply, 1));
  });

  it('pages guest lists of more than 1,000 keys with a cursor', async () => {
    const total = 1005;
    for (let start = 0; start < total; start += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, total - start) }, (_, offset) =>
          store().putGuest(aGuest({ id: `page${String(start + offset).padStart(5, '0')}` })),
        ),
      );
    }
    const first = await store().listGuests();
    expect(first.items).toHaveLength(1000);
    expect(first.cursor).toBeTypeOf('string');
    const second = await store().listGuests(first.cursor);
    expect(
      second.items.filter((item) => item.id.startsWith('page')).length +
        first.items.filter((item) => item.id.startsWith('page')).length,
    ).toBe(total);
    expect(second.cursor).toBeUndefined();
  });
});

describe('two changes to one reply within a second (KV: one write per second per key)', () => {
  /** The real binding with one injected fault: the next write to `reply:{id}` answers 429. */
  function rateLimitedOnce(kv: KVNamespace, onRefused: () => Promise<void> = async () => {}) {
    let refused = false;
    return new Proxy(kv, {
      get(target, property) {
        if (property === 'put') {
          return async (key: string, value: string, options?: KVNamespacePutOptions) => {
            if (!refused && key.startsWith(keys.replies)) {
              refused = true;
              await onRefused();
              throw new Error('KV PUT failed: 429 Too Many Requests');
            }
            return target.put(key, value, options);
          };
        }
        const member = Reflect.get(target, property, target);
        return typeof member === 'function' ? member.bind(target) : member;
      },
    });
  }
  const noWait = { wait: async () => {} };

  it('keeps both in history and the later as current when the later write is refused once', async () => {
    const first = aReply({ guestId: 'same0001', attending: 'yes', updatedAt: openIso(12, 100) });
    const second = aReply({
      guestId: 'same0001',
      attending: 'no',
      dietary: [],
      reference: 'R-2222-2222',
      updatedAt: openIso(12, 600),
    });
    await store().saveReply(first);
    await createStore(rateLimitedOnce(env.RSVPS), EVENT, () => now, noWait).saveReply(second);
    expect(await store().getHistory('same0001')).toEqual([first, second]);
    expect(await store().getReply('same0001')).toEqual(second);
  });

  it('does not let an earlier change overwrite a later one that landed while it waited', async () => {
    const earlier = aReply({ guestId: 'same0002', attending: 'yes', updatedAt: openIso(12, 100) });
    const later = aReply({
      guestId: 'same0002',
      attending: 'no',
      dietary: [],
      reference: 'R-3333-3333',
      updatedAt: openIso(12, 600),
    });
    // While the earlier write is refused, the later change is saved.
    const kv = rateLimitedOnce(env.RSVPS, () => store().saveReply(later));
    await createStore(kv, EVENT, () => now, noWait).saveReply(earlier);
    expect(await store().getReply('same0002')).toEqual(later);
    expect((await store().getHistory('same0002')).map((reply) => reply.updatedAt).sort()).toEqual([
      earlier.updatedAt,
      later.updatedAt,
    ]);
  });

  it('gives up after three refusals and reports the failure (the history entry is kept)', async () => {
    const failing = new Proxy(env.RSVPS, {
      get(target, property) {
        if (property === 'put') {
          return (key: string, value: string, options?: KVNamespacePutOptions) =>
            key.startsWith(keys.replies)
              ? Promise.reject(new Error('KV PUT failed: 429 Too Many Requests'))
              : target.put(key, value, options);
        }
        const member = Reflect.get(target, property, target);
        return typeof member === 'function' ? member.bind(target) : member;
      },
    });
    const reply = aReply({ guestId: 'same0003' });
    await expect(createStore(failing, EVENT, () => now, noWait).saveReply(reply)).rejects.toThrow('429');
    expect(await store().getHistory('same0003')).toEqual([reply]);
  });
});

describe('history keys', () => {
  it('keep two changes made within the same millisecond, in the order of their times', async () => {
    const at = openIso(12, 123);
    const first = aReply({ guestId: 'milli0001', attending: 'yes', reference: 'R-ZZZZ-ZZZZ', updatedAt: at });
    const second = aReply({
      guestId: 'milli0001',
      attending: 'no',
      dietary: [],
      reference: 'R-AAAA-AAAA',
      updatedAt: at,
    });
    const later = aReply({
      guestId: 'milli0001',
      reference: 'R-0000-0000',
      updatedAt: openIso(12, 124),
    });
    await store().saveReply(first);
    await store().saveReply(second);
    await store().saveReply(later);
    const history = await store().getHistory('milli0001');
    expect(history).toHaveLength(3);
    expect(history.slice(0, 2)).toEqual(expect.arrayContaining([first, second]));
    expect(history[2]).toEqual(later);
  });

  it('still read versions stored under the older key without a suffix, in time order', async () => {
    const old = aReply({
      guestId: 'legacy0002',
      attending: 'no',
      dietary: [],
      updatedAt: OPEN_NOW.toISOString(),
    });
    await env.RSVPS.put(`${keys.historyOf('legacy0002')}${old.updatedAt}`, JSON.stringify(old));
    const sameTime = aReply({ guestId: 'legacy0002', reference: 'R-1111-1111', updatedAt: old.updatedAt });
    const newer = aReply({
      guestId: 'legacy0002',
      reference: 'R-0000-0001',
      updatedAt: openIso(36),
    });
    await store().saveReply(newer);
    await store().saveReply(sameTime);
    expect(await store().getHistory('legacy0002')).toEqual([old, sameTime, newer]);
    await store().eraseGuest('legacy0002');
    expect(await keysWith(keys.historyOf('legacy0002'))).toEqual([]);
  });
});

describe('records kept before a rule tightened', () => {
  it('are still read, listed and backed up: a soft hyphen and a line separator of an earlier reply', async () => {
    // Taken by the rules of before 2026-12-06, refused by today's input rules.
    const old = aReply({
      guestId: 'oldrule01',
      reference: 'R-OLDR-ULE1',
      companions: [{ name: 'Con\u00ADseiller', dietary: [], accessibility: 'Ramp\u2028please' }],
      comment: 'Line\u2028separated',
    });
    await store().putGuest(
      aGuest({ id: 'oldrule01', name: 'Minis\u00ADter', organisation: 'Gov\u00ADernment' }),
    );
    await env.RSVPS.put(keys.reply('oldrule01'), JSON.stringify(old), { metadata: replySummary(old, 1) });
    expect((await store().getReply('oldrule01'))?.companions[0]?.name).toBe('Con\u00ADseiller');
    expect((await store().getGuest('oldrule01'))?.name).toBe('Minis\u00ADter');
    expect((await store().getReplies(['oldrule01'])).get('oldrule01')?.comment).toBe('Line\u2028separated');
  });

  it('are read with the allergens that the dietary codes of earlier versions stood for, and counted so', async () => {
    // As written before allergens were asked for: "gluten_free" and "nut_allergy" were dietary codes.
    const old = {
      ...aReply({ guestId: 'oldcode01', reference: 'R-OLDC-ODE1' }),
      dietary: ['vegetarian', 'nut_allergy'],
      companions: [{ name: 'Adviser', dietary: ['gluten_free'] }],
    };
    await store().putGuest(aGuest({ id: 'oldcode01' }));
    await env.RSVPS.put(keys.reply('oldcode01'), JSON.stringify(old), {
      metadata: {
        a: 'yes',
        c: 1,
        d: { vegetarian: 1, nut_allergy: 1, gluten_free: 1 },
        f: 0,
        r: old.reference,
        s: 'web',
        u: old.updatedAt,
      },
    });
    const reply = await store().getReply('oldcode01');
    expect(reply).toMatchObject({ dietary: ['vegetarian'], allergens: ['peanuts', 'nuts'] });
    expect(reply?.companions).toEqual([{ name: 'Adviser', allergens: ['gluten'] }]);
    const listed = (await store().listReplies()).items.find((item) => item.id === 'oldcode01');
    expect(neededCounts(listed?.summary ?? { d: {} })).toEqual({
      dietary: { vegetarian: 1 },
      allergens: { gluten: 1, peanuts: 1, nuts: 1 },
    });
    // Written again, it is written as read.
    if (!reply) throw new Error('not read');
    expect(replySummary(reply)).toMatchObject({
      d: { vegetarian: 1 },
      g: [1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0],
    });
  });
});
