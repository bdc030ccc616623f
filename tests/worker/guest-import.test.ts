import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { importGuests, parseGuestList } from '#server/guest-list/guest-import.ts';
import { createStore } from '#server/store/store.ts';
import { otherLanguage } from '#tests/support/events.ts';
import { aReply } from '#tests/support/fixtures.ts';
import { EVENT, SITE, context, signIn, snapshot } from './support.ts';
import { importUpload } from './through.ts';

const header = 'id,name,position,organisation,email,language,category,companions';
/** A language and a category of the event under test. */
const lang = otherLanguage(EVENT);
const category = EVENT.categories[0] ?? '';
const store = () => createStore(env.RSVPS, EVENT);

function rows(csv: string) {
  const parsed = parseGuestList(csv, EVENT);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.rows;
}

describe('importing the guest list into KV', () => {
  it('creates guests with new opaque ids when the list leaves them empty', async () => {
    const result = await importGuests(
      store(),
      rows(
        `${header}\n,Minister of the Interior of Cyprus,Minister,Government,cy@example.org,${lang},${category},1`,
      ),
    );
    expect(result.created).toHaveLength(1);
    const [guest] = result.created;
    expect(guest?.id).toMatch(/^[a-z0-9]{10}$/);
    expect(await store().getGuest(guest?.id ?? '')).toMatchObject({
      name: 'Minister of the Interior of Cyprus',
      linkVersion: 1,
    });
  });

  it('is idempotent: importing the same file twice changes nothing the second time', async () => {
    const csv = `${header}\nidem00001,Minister A,Minister,Government,a@example.org,${lang},${category},0`;
    await importGuests(store(), rows(csv));
    const before = await snapshot();
    const again = await importGuests(store(), rows(csv));
    expect(again).toMatchObject({ created: [], updated: [], unchanged: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('updates by id, else by e-mail address, keeping the link version and never dropping a reply', async () => {
    await importGuests(
      store(),
      rows(`${header}\nupd000001,Old Name,Minister,Government,old@example.org,${lang},${category},0`),
    );
    const guest = await store().getGuest('upd000001');
    if (!guest) throw new Error('the import did not store the guest');
    await store().putGuest({ ...guest, linkVersion: 3 });
    const reply = aReply({ guestId: 'upd000001' });
    await store().saveReply(reply);

    const byEmail = await importGuests(
      store(),
      rows(`${header}\n,New Name,Minister,Government,OLD@example.org,${lang},${category},2`),
    );
    expect(byEmail.updated.map((g) => g.id)).toEqual(['upd000001']);
    expect(await store().getGuest('upd000001')).toMatchObject({
      name: 'New Name',
      companions: 2,
      linkVersion: 3,
    });

    const byId = await importGuests(
      store(),
      rows(`${header}\nupd000001,Newer Name,Minister,Government,new@example.org,${lang},${category},2`),
    );
    expect(byId.updated.map((g) => g.id)).toEqual(['upd000001']);
    expect(await store().getGuest('upd000001')).toMatchObject({
      name: 'Newer Name',
      email: 'new@example.org',
      linkVersion: 3,
    });
    expect(await store().getReply('upd000001')).toEqual(reply);
  });

  it('keeps guests that are absent from a later file', async () => {
    await importGuests(store(), rows(`${header}\nkeep00001,Kept Guest,,,,${EVENT.original},,0`));
    await importGuests(store(), rows(`${header}\nkeep00002,Other Guest,,,,${EVENT.original},,0`));
    expect(await store().getGuest('keep00001')).not.toBeNull();
  });
});

describe('POST /admin/import', () => {
  const upload = (body: BodyInit, cookie: string, type = 'multipart/form-data; boundary=XyZ') =>
    new Request(`${SITE}/admin/import`, {
      method: 'POST',
      headers: { 'Content-Type': type, 'Sec-Fetch-Site': 'same-origin', Cookie: cookie },
      body,
    });
  /** A multipart body sent in chunks without a Content-Length, as a chunked upload arrives. */
  const chunked = (size: number) => {
    const head = new TextEncoder().encode(
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="guests.csv"\r\nContent-Type: text/csv\r\n\r\n',
    );
    const tail = new TextEncoder().encode('\r\n--XyZ--\r\n');
    const chunk = new TextEncoder().encode(`${'x'.repeat(1023)}\n`);
    let sent = 0;
    return new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
      },
      pull(controller) {
        if (sent >= size) {
          controller.enqueue(tail);
          controller.close();
          return;
        }
        controller.enqueue(chunk);
        sent += chunk.byteLength;
      },
    });
  };

  it('refuses a chunked upload over 1 MiB with 413, reading no further, and imports nothing', async () => {
    const cookie = await signIn();
    const before = await snapshot();
    const result = await importUpload(upload(chunked(3 * 1024 * 1024), cookie), context(new Date()));
    expect(result).not.toBeInstanceOf(Response);
    expect(result).toEqual({ status: 413, problems: [{ row: 0, column: '', code: 'too_large' }] });
    expect(await snapshot()).toEqual(before);
  });

  it('answers a malformed multipart body with 400 and a problem to show, not a 500', async () => {
    const cookie = await signIn();
    for (const body of [
      'not multipart at all',
      '--XyZ\r\nContent-Disposition: form-data; name="file"\r\n\r\nx',
    ]) {
      const result = await importUpload(upload(body, cookie), context(new Date()));
      expect(result).toEqual({ status: 400, problems: [{ row: 0, column: '', code: 'malformed_upload' }] });
    }
    const noBoundary = await importUpload(upload('x', cookie, 'multipart/form-data'), context(new Date()));
    expect(noBoundary).toEqual({
      status: 400,
      problems: [{ row: 0, column: '', code: 'malformed_upload' }],
    });
  });

  it('still imports a well-formed upload of a small list', async () => {
    const cookie = await signIn();
    const body = new FormData();
    body.set('file', new Blob([`${header}\nimport0upload,Minister,,,,${EVENT.original},,0\n`]), 'guests.csv');
    const result = await importUpload(
      new Request(`${SITE}/admin/import`, {
        method: 'POST',
        headers: { 'Sec-Fetch-Site': 'same-origin', Cookie: cookie },
        body,
      }),
      context(new Date()),
    );
    expect(result).toMatchObject({ status: 200, result: { created: [{ id: 'import0upload' }] } });
  });

  const uploadOf = (csv: string, cookie: string) => {
    const body = new FormData();
    body.set('file', new Blob([csv]), 'guests.csv');
    return new Request(`${SITE}/admin/import`, {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'same-origin', Cookie: cookie },
      body,
    });
  };
  const listOf = (count: number, prefix: string) =>
    [
      header,
      ...Array.from(
        { length: count },
        (_, i) => `${prefix}${String(i).padStart(4, '0')},Guest ${i},,,,${EVENT.original},,0`,
      ),
    ].join('\n');

  it('imports 500 guests in one upload within a Worker’s KV operations, and refuses 501 before reading a row', async () => {
    const cookie = await signIn();
    let operations = 0;
    const counted = new Proxy(env.RSVPS, {
      get(target, property) {
        const member = Reflect.get(target, property, target);
        return typeof member === 'function'
          ? (...args: unknown[]) => {
              operations++;
              return (member as (...a: unknown[]) => unknown).apply(target, args);
            }
          : member;
      },
    });
    const ctx = { ...context(new Date()), store: createStore(counted, EVENT) };
    const imported = await importUpload(uploadOf(listOf(500, 'bulk'), cookie), ctx);
    expect(imported).toMatchObject({ status: 200 });
    expect((imported as { result: { created: unknown[] } }).result.created).toHaveLength(500);
    expect(operations).toBeGreaterThan(500);
    expect(operations).toBeLessThan(1000);
    // The same 500 again, each changed: they are read in bulk, not one read per row.
    operations = 0;
    const changed = await importUpload(
      uploadOf(listOf(500, 'bulk').replaceAll('Guest ', 'Guest no. '), cookie),
      ctx,
    );
    expect((changed as { result: { updated: unknown[] } }).result.updated).toHaveLength(500);
    expect(operations).toBeGreaterThan(500);
    expect(operations).toBeLessThan(1000);

    const before = await snapshot();
    const refused = await importUpload(uploadOf(listOf(501, 'over'), cookie), context(new Date()));
    expect(refused).toEqual({ status: 400, problems: [{ row: 0, column: '', code: 'too_many_rows' }] });
    expect(await snapshot()).toEqual(before);
  });
});
