import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { aGuest, aReply } from '#tests/support/fixtures.ts';

const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'repondez-cli-'));
const SECRET = 'cli-test-invite-secret-0123456789abcdef';

/** `npm run guests -- …` as an organiser runs it, on its own KV folder. */
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

const linkRows = async () =>
  Papa.parse<Record<string, string>>((await guests('links', '--base-url', 'https://site.test/')).stdout, {
    header: true,
    skipEmptyLines: true,
  }).data;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the guest CLI', { timeout: 60_000 }, () => {
  it('imports the example list and prints a personal link for each guest', async () => {
    const imported = await guests('import', 'scripts/guests.example.csv');
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('4 created, 0 updated, 0 unchanged');
    const rows = await linkRows();
    expect(rows.map((row) => row.name).sort()).toEqual(
      [
        'EU Counter-Terrorism Coordinator',
        'Head of Public Policy, Europe',
        'Minister for Home Affairs and National Security, Malta',
        'Minister of the Interior of Estonia',
      ].sort(),
    );
    for (const row of rows) expect(row.link).toMatch(/^https:\/\/site\.test\/i\/[A-Za-z0-9_-]+$/);
  });

  it('prints the links as the web download does: BOM, CRLF rows, formula-safe cells', async () => {
    const file = join(folder, 'hostile.csv');
    writeFileSync(
      file,
      'id,name,position,organisation,email,language,category,companions\r\n' +
        'hostile01,"=HYPERLINK(""http://evil.example"",""Click"")",,,,en,other,0\r\n',
    );
    expect((await guests('import', file)).code).toBe(0);
    const { stdout } = await guests('links', '--base-url', 'https://site.test/');
    expect(stdout.startsWith('\uFEFFid,name,email,language,link\r\n')).toBe(true);
    expect(stdout).toContain(
      'hostile01,"\'=HYPERLINK(""http://evil.example"",""Click"")",,en,https://site.test/i/',
    );
  });

  it('refuses to guess an address when no local server runs and none is given', async () => {
    const { code, stdout, stderr } = await guests('links');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('No local server is running');
    expect(stderr).toContain('--base-url');
  });

  it('restores a backup (all or nothing), putting back only what is missing', async () => {
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'repondez-backup', version: 1, guests: [{ id: 'x' }] }));
    const refused = await guests('restore', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing restored');

    const guest = aGuest({ id: 'restored01', name: 'Restored Minister' });
    const file = join(folder, 'backup.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'repondez-backup',
        version: 1,
        event: 'ministerial-dinner-2014',
        exportedAt: '2014-09-25T10:00:00.000Z',
        exportedBy: 'Head of Protocol',
        guests: [guest],
        replies: [aReply({ guestId: guest.id })],
        history: [aReply({ guestId: guest.id })],
      }),
    );
    const restored = await guests('restore', file);
    expect(restored.code).toBe(0);
    expect(restored.stderr).toContain('1 guests, 1 versions and 1 current replies restored');
    expect((await linkRows()).map((row) => row.id)).toContain('restored01');
    expect((await guests('restore', file)).stderr).toContain('0 guests, 0 versions and 0 current replies');
  });
});
