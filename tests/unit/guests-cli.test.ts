import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENTS_FOLDER } from '#content/event-files.ts';
import { readToken } from '#server/tokens.ts';
import { events } from '#tests/support/events.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';

const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'repondez-cli-'));
const SECRET = 'cli-test-invite-secret-0123456789abcdef';

/** `npm run guests -- …` as an organiser runs it, on its own KV folder (one for every event). */
async function guests(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['scripts/guests.ts', ...args, '--persist-to', join(folder, 'state')],
      { env: { ...process.env, INVITE_SECRET: SECRET, WRANGLER_LOG: 'error' } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const parseCsv = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the guest CLI', { timeout: 120_000 }, () => {
  it('asks which event where the site has several, and refuses one it does not have', async () => {
    if (events.length > 1) {
      const unnamed = await guests('links', '--base-url', 'https://site.test/');
      expect(unnamed.code).toBe(1);
      expect(unnamed.stdout).toBe('');
      for (const event of events) expect(unnamed.stderr).toContain(event.id);
    }
    const unknown = await guests('links', '--event', 'no-such-event', '--base-url', 'https://site.test/');
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('There is no event "no-such-event"');
  });

  it('refuses to guess an address when no local server runs and none is given', async () => {
    const { code, stdout, stderr } = await guests('links', '--event', events[0]?.id ?? '');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('No local server is running');
    expect(stderr).toContain('--base-url');
  });

  it('refuses a file that is not a backup, restoring nothing', async () => {
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'repondez-backup', version: 1, guests: [{ id: 'x' }] }));
    const refused = await guests('restore', bad, '--event', events[0]?.id ?? '');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing restored');
  });
});

// In the order of the events, on one KV folder (each event's keys its own).
describe('the guest CLI, event by event', { timeout: 120_000 }, () => {
  describe.each(events.map((event) => [event.id, event] as const))('for %s', (id, event) => {
    const linkRows = async () =>
      parseCsv((await guests('links', '--event', id, '--base-url', 'https://site.test/')).stdout);

    it('imports the event’s demo list and prints a personal link to the event for each guest, as the web download does', async () => {
      const demo = readFileSync(join(EVENTS_FOLDER, id, 'guests.demo.csv'), 'utf8');
      const listed = parseCsv(demo);
      // The demo list and a guest whose name a spreadsheet would run as a formula.
      const file = join(folder, `import-${id}.csv`);
      writeFileSync(
        file,
        // As many cells as the demo list's header (its optional columns empty).
        `${demo.trimEnd()}\nhostile01,"=HYPERLINK(""http://evil.example"",""Click"")",,,,${event.original},,0${','.repeat((demo.split('\n', 1)[0] ?? '').split(',').length - 8)}\n`,
      );
      const imported = await guests('import', file, '--event', id);
      expect(imported.code).toBe(0);
      expect(imported.stderr).toContain(`${listed.length + 1} created, 0 updated, 0 unchanged`);

      const { stdout } = await guests('links', '--event', id, '--base-url', 'https://site.test/');
      // BOM, CRLF rows, formula-safe cells: the CSV writer of the web download.
      expect(stdout.startsWith('\uFEFFid,name,email,language,link\r\n')).toBe(true);
      expect(stdout).toContain(
        `hostile01,"'=HYPERLINK(""http://evil.example"",""Click"")",,${event.original},https://site.test/i/`,
      );
      const rows = parseCsv(stdout).filter((row) => row.id !== 'hostile01');
      expect(rows.map((row) => row.name).sort()).toEqual(listed.map((row) => row.name).sort());
      for (const row of rows) {
        const token = /^https:\/\/site\.test\/i\/([A-Za-z0-9_-]+)$/.exec(row.link ?? '')?.[1] ?? '';
        expect(token, row.name).not.toBe('');
        expect(await readToken(SECRET, token), row.name).toMatchObject({ eventId: id, guestId: row.id });
      }
    });

    it('refuses a list in a language or a category the event does not have, importing nothing', async () => {
      const file = join(folder, `foreign-${id}.csv`);
      writeFileSync(
        file,
        'id,name,position,organisation,email,language,category,companions\r\n' +
          `foreign01,Guest,,,,ru,,0\r\nforeign02,Guest,,,,${event.original},nosuchcategory,0\r\n`,
      );
      const refused = await guests('import', file, '--event', id);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`nothing imported into ${id}`);
      // Naming the values each column takes (#26 item 10), the event's own.
      expect(refused.stderr).toContain(`Row 2, column language: Use one of: ${event.languages.join(', ')}.`);
      expect(refused.stderr).toContain(
        `Row 3, column category: Use one of: empty, ${event.categories.join(', ')}.`,
      );
    });

    it('restores a backup of the event (all or nothing), putting back only what is missing', async () => {
      const guest = aGuest({ id: 'restored01', name: 'Restored Minister' }, event);
      const backup = (eventId: string) => ({
        format: 'repondez-backup',
        version: 1,
        event: eventId,
        exportedAt: '2014-09-25T10:00:00.000Z',
        exportedBy: 'Head of Protocol',
        guests: [guest],
        replies: [aReply({ guestId: guest.id })],
        history: [aReply({ guestId: guest.id })],
      });

      // Another event's backup is refused whole.
      for (const other of events.filter((item) => item.id !== id)) {
        const theirs = join(folder, `backup-${other.id}-into-${id}.json`);
        writeFileSync(theirs, JSON.stringify(backup(other.id)));
        const wrong = await guests('restore', theirs, '--event', id);
        expect(wrong.code, other.id).toBe(1);
        expect(wrong.stderr, other.id).toContain(`it is the backup of event "${other.id}", not "${id}"`);
        expect(wrong.stderr, other.id).toContain('nothing restored');
      }

      const file = join(folder, `backup-${id}.json`);
      writeFileSync(file, JSON.stringify(backup(id)));
      const restored = await guests('restore', file, '--event', id);
      expect(restored.code).toBe(0);
      expect(restored.stderr).toContain('1 guests, 1 versions and 1 current replies restored');
      expect((await linkRows()).map((row) => row.id)).toContain('restored01');
      expect((await guests('restore', file, '--event', id)).stderr).toContain(
        '0 guests, 0 versions and 0 current replies',
      );
    });
  });

  it('keeps each event’s guests apart: an event’s links name its own guests only', async () => {
    const demoIds = (id: string) =>
      parseCsv(readFileSync(join(EVENTS_FOLDER, id, 'guests.demo.csv'), 'utf8')).map((row) => row.id);
    for (const event of events) {
      const own = demoIds(event.id);
      const ids = parseCsv(
        (await guests('links', '--event', event.id, '--base-url', 'https://site.test/')).stdout,
      ).map((row) => row.id);
      for (const other of events.filter((item) => item.id !== event.id)) {
        for (const guestId of demoIds(other.id).filter((item) => item && !own.includes(item))) {
          expect(ids, `${guestId} of ${other.id} in ${event.id}`).not.toContain(guestId);
        }
      }
    }
  });
});
