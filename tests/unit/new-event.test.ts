import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENTS_FOLDER, EventContentError } from '#content/event-files.ts';
import { parseGuestList } from '#server/guest-list/guest-import.ts';
import { readEvents, readLetterProblems } from '#scripts/lib/content.ts';
import { createEvent, demoGuests } from '#scripts/lib/new-event.ts';
import type { Event } from '#schemas/event.ts';
import { events } from '#tests/support/events.ts';

/** A copy of the shipped events' folder, to create events in without touching the project. */
function copyOfContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'new-event-'));
  cpSync(EVENTS_FOLDER, join(root, EVENTS_FOLDER), { recursive: true });
  roots.push(root);
  return root;
}
const roots: string[] = [];

/**
 * A new event's demo list is made from its languages and categories, never read from the list of
 * the event it was made from: a line of that list may be in it only where that list is itself a
 * made one (an event made by new-event, or an officer's list written the same way).
 */
function expectMadeDemoList(demo: string, from: Event, root: string) {
  expect(demo).toBe(demoGuests(from));
  const made = demoGuests(from).split('\n');
  const theirs = readFileSync(join(root, EVENTS_FOLDER, from.id, 'guests.demo.csv'), 'utf8').split('\n');
  for (const line of theirs.slice(1).filter(Boolean))
    if (!made.includes(line)) expect(demo).not.toContain(line);
}
/** A name no events officer would choose, so that a real event folder never collides with it. */
const SLUG = `new-event-under-test-${Date.now().toString(36)}`;
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('npm run new-event', () => {
  for (const from of events) {
    it(`creates an event from ${from.id} that builds as it is: its words and options, a demo list, no guest of its own`, () => {
      const root = copyOfContent();
      const created = createEvent(root, events, SLUG, from.id);
      const folder = join(root, EVENTS_FOLDER, SLUG);
      expect(created.folder).toBe(folder);
      const made = readEvents(root).find((event) => event.id === SLUG);
      expect(made).toBeDefined();
      if (!made) return;
      expect({ ...made, id: from.id }).toEqual(from);
      expect(readLetterProblems(made, root)).toEqual([]);
      expect(readdirSync(join(folder, 'letters')).sort()).toEqual(
        from.languages.map((lang) => `${lang}.md`).sort(),
      );
      // The demo list: one made-up guest per language, none of the original event's demo guests.
      const demo = readFileSync(join(folder, 'guests.demo.csv'), 'utf8');
      const parsed = parseGuestList(demo, made);
      expect(parsed.ok && parsed.rows.map((row) => row.language)).toEqual(from.languages);
      expectMadeDemoList(demo, from, root);
    });
  }

  it('copies an event made by new-event itself, whose demo list is the one it makes (an events officer’s case)', () => {
    const root = copyOfContent();
    const [first] = events;
    if (!first) throw new Error('no event');
    createEvent(root, events, SLUG, first.id);
    const made = readEvents(root);
    const again = createEvent(root, made, `${SLUG}-again`, SLUG);
    const original = made.find((event) => event.id === SLUG);
    if (!original) throw new Error('not made');
    expectMadeDemoList(readFileSync(join(again.folder, 'guests.demo.csv'), 'utf8'), original, root);
  });

  it('refuses a name the site cannot serve, an existing event and an unknown original, writing nothing', () => {
    const root = copyOfContent();
    const before = readdirSync(join(root, EVENTS_FOLDER)).sort();
    const [first] = events;
    if (!first) throw new Error('no shipped event');
    const cases: [slug: string, from: string, says: string][] = [
      ['admin', first.id, 'a name the site keeps for itself'],
      ['en', first.id, 'a name the site keeps for itself'],
      ['Spring_Reception', first.id, 'lower-case letters and digits'],
      [first.id, first.id, 'exists already'],
      [SLUG, 'no-such-event', 'There is no event "no-such-event"'],
    ];
    for (const [slug, from, says] of cases) {
      expect(() => createEvent(root, events, slug, from), slug).toThrow(EventContentError);
      expect(() => createEvent(root, events, slug, from), slug).toThrow(says);
    }
    expect(readdirSync(join(root, EVENTS_FOLDER)).sort()).toEqual(before);
    expect(existsSync(join(root, EVENTS_FOLDER, SLUG))).toBe(false);
  });
});
