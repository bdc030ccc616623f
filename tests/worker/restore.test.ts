import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { BackupRefused, restoreBackup } from '#server/guest-list/restore.ts';
import { createStore } from '#server/store/store.ts';
import { backupSchema, type Backup } from '#schemas/backup.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';
import { EVENT, snapshot, keys, openAt, openIso } from './support.ts';

const store = () => createStore(env.RSVPS, EVENT);
const NOW = openAt(134);

function aBackup(overrides: Partial<Backup> = {}): Backup {
  return {
    format: 'repondez-backup',
    version: 1,
    event: EVENT.id,
    exportedAt: openIso(110),
    exportedBy: 'Head of Protocol',
    guests: [aGuest({ id: 'restore01' })],
    replies: [aReply({ guestId: 'restore01' })],
    history: [aReply({ guestId: 'restore01' })],
    ...overrides,
  };
}

/** Restoring `backup` is refused with a problem matching `problem`, and nothing is written. */
async function expectRefused(backup: Backup, problem: RegExp) {
  const before = await snapshot();
  const outcome: unknown = await restoreBackup(store(), backup, NOW).catch((caught: unknown) => caught);
  expect(await snapshot()).toEqual(before);
  expect(outcome).toBeInstanceOf(Error);
  expect(outcome).toBeInstanceOf(BackupRefused);
  expect((outcome as BackupRefused).problems.join('\n')).toMatch(problem);
}

describe('restoring a backup', () => {
  it('refuses a version whose guest id is not an id (it would land in another guest’s history)', async () => {
    await store().putGuest(aGuest({ id: 'victim01' }));
    const planted = aReply({ guestId: 'victim01:zz', reference: 'R-EVIL-0001' });
    await expectRefused(aBackup({ history: [planted] }), /victim01:zz" is not a guest id/);
    expect((await env.RSVPS.list({ prefix: keys.historyOf('victim01') })).keys).toEqual([]);
    // The schema of the file refuses it too.
    expect(backupSchema.safeParse(aBackup({ history: [planted] })).success).toBe(false);
  });

  it('refuses replies of a guest that is neither in the backup nor in the store (no orphans)', async () => {
    await expectRefused(
      aBackup({ replies: [aReply({ guestId: 'nobody01' })], history: [] }),
      /guest nobody01 is neither in the backup nor in the store/,
    );
    expect(await env.RSVPS.get(keys.reply('nobody01'))).toBeNull();
  });

  it('refuses a version dated in the future (it would override every real change until then)', async () => {
    const future = aReply({ guestId: 'restore01', attending: 'no', updatedAt: '2099-01-01T00:00:00.000Z' });
    await expectRefused(aBackup({ replies: [future], history: [future] }), /dated 2099-01-01T00:00:00.000Z/);
  });

  it('refuses the backup of another event', async () => {
    await expectRefused(aBackup({ event: 'another-dinner-2015' }), /backup of event "another-dinner-2015"/);
  });

  it('restores a sound backup, including replies of a guest already in the store', async () => {
    await store().putGuest(aGuest({ id: 'stored01' }));
    const backup = aBackup({ replies: [aReply({ guestId: 'restore01' }), aReply({ guestId: 'stored01' })] });
    expect(await restoreBackup(store(), backup, NOW)).toEqual({ guests: 1, versions: 2, replies: 2 });
    expect(await store().getReply('stored01')).toEqual(aReply({ guestId: 'stored01' }));
  });
});
