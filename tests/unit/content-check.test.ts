import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENTS_FOLDER, EventContentError } from '#content/event-files.ts';
import { SITE_FILE } from '#content/site-file.ts';
import { readContent } from '#scripts/lib/content.ts';
import { events } from '#tests/support/events.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of the project's content and wrangler.toml, to break without touching the project. */
function copy(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  roots.push(root);
  cpSync(EVENTS_FOLDER, join(root, EVENTS_FOLDER), { recursive: true });
  cpSync(SITE_FILE, join(root, SITE_FILE));
  cpSync('wrangler.toml', join(root, 'wrangler.toml'));
  return root;
}

/** The problems `readContent` reports for the content under `root`. */
function problemsOf(root: string): string[] {
  try {
    readContent(root);
    return [];
  } catch (error) {
    if (error instanceof EventContentError) return error.problems;
    throw error;
  }
}

describe('the content as the build checks it first (astro.config.mjs)', () => {
  it('passes as shipped', () => {
    expect(problemsOf(copy())).toEqual([]);
  });

  it('reports a letter’s unknown placeholder and a mailbox wrangler.toml does not allow, together', () => {
    const root = copy();
    const [event] = events;
    if (!event) throw new Error('no shipped event');
    const letter = join(root, EVENTS_FOLDER, event.id, 'letters', `${event.original}.md`);
    writeFileSync(letter, `${readFileSync(letter, 'utf8')}\nSee you at {venu}.\n`);
    const toml = join(root, 'wrangler.toml');
    writeFileSync(toml, readFileSync(toml, 'utf8').replaceAll(`"${event.mailbox}"`, '"someone@example.org"'));
    const problems = problemsOf(root);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^${EVENTS_FOLDER}/${event.id}/letters/${event.original}\\.md: \\{venu\\} is not a placeholder`,
          ),
        ),
        `${EVENTS_FOLDER}/${event.id}/event.yaml: mailbox: ${event.mailbox} is not among wrangler.toml's [[send_email]] allowed_destination_addresses: add it there (and verify it in Cloudflare Email Routing)`,
      ]),
    );
  });
});
