import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { importGuests, parseGuestList } from '../../functions/guest-import.ts';
import { createStore } from '../../functions/store.ts';
import { aReply } from '../support/fixtures.ts';
import { snapshot } from './support.ts';

const header = 'id,name,position,organisation,email,language,category,companions';
const store = () => createStore(env.RSVPS);

function rows(csv: string) {
  const parsed = parseGuestList(csv);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.rows;
}

describe('importing the guest list into KV', () => {
  it('creates guests with new opaque ids when the list leaves them empty', async () => {
    const result = await importGuests(
      store(),
      rows(`${header}\n,Minister of the Interior of Cyprus,Minister,Government,cy@example.org,el,minister,1`),
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
    const csv = `${header}\nidem00001,Minister A,Minister,Government,a@example.org,fr,minister,0`;
    await importGuests(store(), rows(csv));
    const before = await snapshot();
    const again = await importGuests(store(), rows(csv));
    expect(again).toMatchObject({ created: [], updated: [], unchanged: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('updates by id, else by e-mail address, keeping the link version and never dropping a reply', async () => {
    await importGuests(
      store(),
      rows(`${header}\nupd000001,Old Name,Minister,Government,old@example.org,de,minister,0`),
    );
    const guest = await store().getGuest('upd000001');
    if (!guest) throw new Error('the import did not store the guest');
    await store().putGuest({ ...guest, linkVersion: 3 });
    const reply = aReply({ guestId: 'upd000001' });
    await store().saveReply(reply);

    const byEmail = await importGuests(
      store(),
      rows(`${header}\n,New Name,Minister,Government,OLD@example.org,de,minister,2`),
    );
    expect(byEmail.updated.map((g) => g.id)).toEqual(['upd000001']);
    expect(await store().getGuest('upd000001')).toMatchObject({
      name: 'New Name',
      companions: 2,
      linkVersion: 3,
    });

    const byId = await importGuests(
      store(),
      rows(`${header}\nupd000001,Newer Name,Minister,Government,new@example.org,de,minister,2`),
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
    await importGuests(store(), rows(`${header}\nkeep00001,Kept Guest,,,,en,,0`));
    await importGuests(store(), rows(`${header}\nkeep00002,Other Guest,,,,en,,0`));
    expect(await store().getGuest('keep00001')).not.toBeNull();
  });
});
