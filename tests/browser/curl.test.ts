import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { EVENT, urls } from './site.ts';

const run = promisify(execFile);
const baseUrl = inject('baseUrl');
const links = inject('links');
const folder = mkdtempSync(join(tmpdir(), 'repondez-curl-'));
const jar = join(folder, 'cookies.txt');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** curl with a cookie jar, as a user without a browser would run it. */
async function curl(...args: string[]) {
  const { stdout } = await run('curl', [
    '--silent',
    '--show-error',
    '--cookie',
    jar,
    '--cookie-jar',
    jar,
    ...args,
  ]);
  return stdout;
}

describe('the whole journey with curl alone', () => {
  it('follows the personal link, posts the form, and gets the HTML confirmation', async () => {
    const landing = await curl(
      '--location',
      '--write-out',
      '\n%{http_code} %{url_effective}',
      new URL(links.testcurl ?? '', baseUrl).href,
    );
    expect(landing).toMatch(new RegExp(`^200 http://localhost:\\d+${urls.reply(EVENT, 'en')}$`, 'm'));
    expect(landing).toContain('Dear Minister of the Interior of Slovenia,');

    const confirmation = await curl(
      '--data-urlencode',
      'attending=yes',
      '--data-urlencode',
      'dietary=halal',
      '--data-urlencode',
      'comment=Confirmed by the private office.',
      '--write-out',
      '\n%{http_code} %{content_type}',
      new URL('/api/rsvp', baseUrl).href,
    );
    expect(confirmation).toMatch(/200 text\/html/);
    expect(confirmation).toContain('Thank you: your reply is recorded');
    expect(confirmation).toContain('Halal');

    const state = JSON.parse(await curl(new URL('/api/rsvp', baseUrl).href)) as {
      reply: { attending: string; dietary: string[] };
    };
    expect(state.reply).toMatchObject({ attending: 'yes', dietary: ['halal'] });
  });
});
