import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { eventKeys } from '#server/store/keys.ts';
import { EVENT } from './site.ts';

const run = promisify(execFile);
const closedUrl = inject('closedUrl');

/** The keys of the closed-state server's local KV, read with wrangler itself. */
async function keys(prefix: string): Promise<string[]> {
  const { stdout } = await run(
    'wrangler',
    [
      'kv',
      'key',
      'list',
      '--binding',
      'RSVPS',
      '--local',
      '--persist-to',
      '.wrangler/test-state-closed',
      '--prefix',
      prefix,
    ],
    { env: { ...process.env, WRANGLER_LOG: 'log' } },
  ); // the listing is printed at log level
  return (JSON.parse(stdout) as { name: string }[]).map((key) => key.name);
}

describe('the scheduled purge in the built Worker', () => {
  it('deletes a personal key without an expiration and keeps the guests within retention', async () => {
    const guests = eventKeys(EVENT).guests;
    expect(await keys(`${guests}legacy`)).toEqual([`${guests}legacy0000`]);
    const response = await fetch(new URL('/cdn-cgi/handler/scheduled?cron=17+3+*+*+*', closedUrl));
    expect(response.status).toBe(200);
    await new Promise((settle) => setTimeout(settle, 1000)); // the purge runs in waitUntil
    expect(await keys(`${guests}legacy`)).toEqual([]);
    expect((await keys(`${guests}test`)).length).toBeGreaterThan(5);
  });
});
