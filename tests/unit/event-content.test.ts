/**
 * What stops the build when an event's folder is wrong (src/content/event-files.ts,
 * src/content/letter-check.ts, src/content/site-file.ts): every problem names the file and the
 * field, so that whoever edits the folder knows where to look. Each test breaks one thing of a
 * shipped event's copy (in memory, or on disk in a temporary folder) and checks the problem said;
 * the unbroken copy has none.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENTS_FOLDER, EventContentError, parseEvent, parseEvents } from '#content/event-files.ts';
import { letterProblems, type LetterFile } from '#content/letter-check.ts';
import { SITE_FILE, parseSite } from '#content/site-file.ts';
import { readYaml } from '#content/yaml-file.ts';
import { locales } from '#i18n/locales.ts';
import { organisersLanguage, reminderPlaceholders, type Event } from '#schemas/event.ts';
import { letterFacts, letterPlaceholders } from '#schemas/letter.ts';
import { readEvents, readLetterProblems } from '#scripts/lib/content.ts';
import { placeholders } from '#i18n/template.ts';
import { eventFolderData, eventLetters } from '#tests/support/event-folder.ts';
import { events, site } from '#tests/support/events.ts';

const eachEvent = events.map((event) => [event.id, event] as const);

/** The problems `action` throws (EventContentError), none when it does not throw. */
function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof EventContentError) {
      // The message the build prints lists each problem.
      for (const problem of error.problems) expect(error.message).toContain(`- ${problem}`);
      return error.problems;
    }
    throw error;
  }
  return [];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A problem that starts with `prefix` ("{file}: {field}: "), whatever the schema's words after it. */
const startingWith = (prefix: string) => expect.stringMatching(new RegExp(`^${escapeRegExp(prefix)}.`));

/** The offset an ISO 8601 time is written with, in minutes. */
function writtenOffset(iso: string): number {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The same wall-clock time written with another offset (in minutes). */
function withOffset(iso: string, minutes: number): string {
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  return iso.replace(
    /([+-]\d{2}:\d{2}|Z)$/,
    `${minutes < 0 ? '-' : '+'}${hours}:${String(abs % 60).padStart(2, '0')}`,
  );
}

/** A language of the event other than its original (none where it has one language only). */
const translationOf = (event: Event) => event.languages.find((lang) => lang !== event.original);

describe('the problems’ file names', () => {
  it('are paths from the project’s root, where the files are', () => {
    expect(EVENTS_FOLDER).toBe('src/content/events');
    expect(SITE_FILE).toBe('src/content/site.yaml');
    for (const event of events)
      expect(existsSync(join(EVENTS_FOLDER, event.id, 'event.yaml')), event.id).toBe(true);
    expect(existsSync(SITE_FILE)).toBe(true);
  });
});

describe.each(eachEvent)('a broken copy of %s', (id, event) => {
  const folder = `${EVENTS_FOLDER}/${id}`;
  /** A fresh copy of the folder's data, to break. */
  const copy = () => structuredClone(eventFolderData(id));
  const factsOf = (files: Record<string, unknown>) => files['event.yaml'] as Record<string, unknown>;
  const textsOf = (files: Record<string, unknown>, lang: string) =>
    files[`texts/${lang}.yaml`] as Record<string, unknown> & {
      categories?: Record<string, string>;
      reminder: { subject: string; body: string };
    };
  const parse = (files: Record<string, unknown>) => problemsOf(() => parseEvent(id, files));

  it('reads as the event when nothing is broken', () => {
    expect(parse(copy())).toEqual([]);
    expect(parseEvent(id, copy())).toEqual(event);
  });

  it('names event.yaml when it is missing', () => {
    const files = copy();
    delete files['event.yaml'];
    expect(parse(files)).toEqual([`${folder}/event.yaml: missing`]);
  });

  it('names event.yaml and deadline when the deadline is missing', () => {
    const files = copy();
    delete factsOf(files).deadline;
    expect(parse(files)).toEqual([startingWith(`${folder}/event.yaml: deadline: `)]);
  });

  it('names event.yaml and timeZone for a time zone that does not exist', () => {
    const files = copy();
    factsOf(files).timeZone = 'Europe/Atlantis';
    expect(parse(files)).toEqual([`${folder}/event.yaml: timeZone: an IANA time zone`]);
  });

  it('names event.yaml and start for a start written with another offset than its zone’s', () => {
    const files = copy();
    // The same wall-clock time an hour east of the zone: an hour earlier, still before the end.
    factsOf(files).start = withOffset(event.start, writtenOffset(event.start) + 60);
    expect(parse(files)).toEqual([
      startingWith(`${folder}/event.yaml: start: offset must be that of ${event.timeZone}`),
    ]);
  });

  it('names event.yaml and end, and deadline, when the dates are out of order', () => {
    const files = copy();
    factsOf(files).end = event.start;
    factsOf(files).deadline = new Date(Date.parse(event.start) + 60_000).toISOString();
    expect(parse(files)).toEqual([
      `${folder}/event.yaml: end: the event must end after it starts`,
      `${folder}/event.yaml: deadline: replies must close before the event`,
    ]);
  });

  it('names event.yaml and original when the original is not one of its languages', () => {
    const other = locales.find((lang) => !event.languages.includes(lang));
    const files = copy();
    if (other) factsOf(files).original = other;
    else factsOf(files).languages = event.languages.filter((lang) => lang !== event.original);
    expect(parse(files)).toContainEqual(
      `${folder}/event.yaml: original: must be one of the event’s languages`,
    );
  });

  it('names event.yaml and the field of a typo, and of a wrong option', () => {
    const files = copy();
    factsOf(files).deadLine = factsOf(files).deadline;
    factsOf(files).options = {
      ...(factsOf(files).options as object),
      companions: false,
      defaultCompanions: 2,
    };
    const problems = parse(files);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^${escapeRegExp(`${folder}/event.yaml: `)}.*"deadLine"`)),
    );
    expect(problems).toContainEqual(
      `${folder}/event.yaml: options.defaultCompanions: must be 0 when companions is false`,
    );
  });

  it('names the texts file of a language the event has but no texts for', () => {
    for (const lang of event.languages) {
      const files = Object.fromEntries(
        Object.entries(copy()).filter(([path]) => path !== `texts/${lang}.yaml`),
      );
      expect(parse(files), lang).toEqual([
        `${folder}/texts/${lang}.yaml: missing (${lang} is one of the event’s languages)`,
      ]);
    }
  });

  it('names the texts file of a language that is not the event’s, or not a language', () => {
    const files = copy();
    files['texts/xx.yaml'] = textsOf(files, event.original);
    const problems = [
      `${folder}/texts/xx.yaml: xx is not an official EU language code (${locales.join(', ')})`,
    ];
    const dropped = translationOf(event);
    if (dropped) {
      factsOf(files).languages = event.languages.filter((lang) => lang !== dropped);
      problems.push(
        `${folder}/texts/${dropped}.yaml: ${dropped} is not one of the event’s languages (event.yaml, languages)`,
      );
    }
    expect(parse(files)).toEqual(problems);
  });

  it('names the texts file and the field of a word that is missing or empty', () => {
    const lang = translationOf(event) ?? event.original;
    const files = copy();
    delete textsOf(files, lang).city;
    textsOf(files, lang).title = ' ';
    expect(parse(files)).toEqual([
      startingWith(`${folder}/texts/${lang}.yaml: title: `),
      startingWith(`${folder}/texts/${lang}.yaml: city: `),
    ]);
  });

  it('names the texts file and the category of an unknown category, or of one without its label', () => {
    const lang = organisersLanguage(event);
    const [first, ...rest] = event.categories;
    const files = copy();
    const texts = textsOf(files, lang);
    expect(texts.categories).toBeDefined();
    texts.categories = { ...Object.fromEntries(rest.map((code) => [code, code])), nosuch: 'No such guests' };
    expect(parse(files)).toEqual([
      `${folder}/texts/${lang}.yaml: categories.${first}: the category needs a label`,
      `${folder}/texts/${lang}.yaml: categories.nosuch: not one of the event’s categories (event.yaml, categories)`,
    ]);
  });

  it('names the texts file of the organisers’ language when it labels no category', () => {
    const lang = organisersLanguage(event);
    const files = copy();
    delete textsOf(files, lang).categories;
    expect(parse(files)).toEqual(
      event.categories.map(
        (code) => `${folder}/texts/${lang}.yaml: categories.${code}: the category needs a label`,
      ),
    );
  });

  it('names the texts file of another language that labels some categories but not all', () => {
    const lang = event.languages.find((item) => item !== organisersLanguage(event));
    if (!lang) return; // an event in one language has no other
    const [first, ...rest] = event.categories;
    const files = copy();
    textsOf(files, lang).categories = { [first ?? '']: 'Label' };
    expect(parse(files)).toEqual(
      rest.map((code) => `${folder}/texts/${lang}.yaml: categories.${code}: the category needs a label`),
    );
  });

  it('names the texts file and the reminder’s field of a placeholder that does not exist, or is missing', () => {
    const lang = translationOf(event) ?? event.original;
    const unknown = copy();
    const { reminder } = textsOf(unknown, lang);
    reminder.subject = `${reminder.subject} {nosuch}`;
    reminder.body = `${reminder.body}\n{mailBox}`;
    expect(parse(unknown)).toEqual([
      `${folder}/texts/${lang}.yaml: reminder.subject: {nosuch} is not a placeholder (${reminderPlaceholders.join(', ')})`,
      `${folder}/texts/${lang}.yaml: reminder.body: {mailBox} is not a placeholder (${reminderPlaceholders.join(', ')})`,
    ]);
    const missing = copy();
    const body = textsOf(missing, lang).reminder;
    body.body = body.body.replaceAll('{link}', '');
    expect(parse(missing)).toEqual([
      `${folder}/texts/${lang}.yaml: reminder.body: must contain {title}, {link}, {mailbox}`,
    ]);
  });

  it('names the folder when its name is one the site keeps for itself, or no address', () => {
    for (const name of [
      'admin',
      'api',
      'i',
      '404',
      'en',
      event.original,
      'Ministerial_Dinner',
      'a--b',
      '-a',
    ]) {
      expect(
        problemsOf(() => parseEvent(name, copy())),
        name,
      ).toEqual([startingWith(`${EVENTS_FOLDER}/${name}: the folder's name is the event's address`)]);
    }
  });
});

describe('the events’ folders together', () => {
  /** Every shipped event's data by path under the events' folder, as the build globs them. */
  const allFiles = () =>
    Object.fromEntries(
      events.flatMap((event) =>
        Object.entries(structuredClone(eventFolderData(event.id))).map(([path, data]) => [
          `${event.id}/${path}`,
          data,
        ]),
      ),
    );

  it('read as the site’s events, in the order of their start', () => {
    const parsed = parseEvents(allFiles());
    expect(parsed).toEqual(events);
    const starts = parsed.map((event) => Date.parse(event.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('report every event’s problems at once, each naming its file', () => {
    const files = allFiles();
    for (const event of events)
      (files[`${event.id}/event.yaml`] as Record<string, unknown>).timeZone = 'Mars/Olympus';
    expect(problemsOf(() => parseEvents(files)).sort()).toEqual(
      events.map((event) => `${EVENTS_FOLDER}/${event.id}/event.yaml: timeZone: an IANA time zone`).sort(),
    );
  });

  it('name the events’ folder when there is no event', () => {
    expect(problemsOf(() => parseEvents({}))).toEqual([
      `${EVENTS_FOLDER}: no event (a folder with an event.yaml)`,
    ]);
  });
});

describe.each(eachEvent)('the letters of a broken copy of %s', (id, event) => {
  const folder = `${EVENTS_FOLDER}/${id}/letters`;
  const letters = (): LetterFile[] =>
    eventLetters(id).map(({ lang, notice, body }) => ({ lang, notice, body }));
  const change = (lang: string, edit: (letter: LetterFile) => LetterFile) =>
    letters().map((letter) => (letter.lang === lang ? edit(letter) : letter));
  const translation = translationOf(event);

  it('have no problem when nothing is broken', () => {
    expect(letterProblems(event, letters())).toEqual([]);
  });

  it('name the letter of a language the event has but no letter for', () => {
    for (const lang of event.languages) {
      const without = letters().filter((letter) => letter.lang !== lang);
      expect(letterProblems(event, without), lang).toEqual([
        `${folder}/${lang}.md: missing (${lang} is one of the event’s languages)`,
      ]);
    }
  });

  it('name a letter in a language that is not the event’s, and no other file', () => {
    const other = locales.find((lang) => !event.languages.includes(lang)) ?? 'xx';
    const problems = letterProblems(event, [
      ...letters(),
      { lang: other, notice: 'Translation', body: 'A letter.' },
    ]);
    expect(problems).toContain(
      `${folder}/${other}.md: ${other} is not one of the event’s languages (event.yaml, languages)`,
    );
    for (const problem of problems)
      expect(problem).toMatch(new RegExp(`^${escapeRegExp(`${folder}/${other}.md: `)}`));
  });

  it('name the letter and a placeholder that does not exist', () => {
    for (const lang of event.languages) {
      const broken = change(lang, (letter) => ({ ...letter, body: `${letter.body}\n\nSee you at {venu}.` }));
      expect(letterProblems(event, broken), lang).toEqual([
        `${folder}/${lang}.md: {venu} is not a placeholder (${letterPlaceholders.join(', ')})`,
      ]);
    }
  });

  it('name the letter and the placeholder the event cannot fill: an occasion it does not have', () => {
    const lang = event.original;
    const broken = change(lang, (letter) => ({
      ...letter,
      body: `${letter.body}\n\n{occasion}, {occasionDate}`,
    }));
    const texts = event.texts[lang];
    if (!texts) throw new Error(`${id} has no texts in ${lang}`);
    const { occasion: _occasion, ...withoutOccasion } = texts;
    const without: Event = {
      ...event,
      occasionDate: undefined,
      texts: { ...event.texts, [lang]: withoutOccasion },
    };
    const problems = letterProblems(without, broken);
    expect(problems).toContain(`${folder}/${lang}.md: {occasionDate} needs occasionDate in event.yaml`);
    expect(problems).toContain(`${folder}/${lang}.md: {occasion} needs occasion in texts/${lang}.yaml`);
  });

  it('name a translation that drops a fact of the original, or says not that the original prevails', () => {
    if (!translation) return; // an event in one language has no translation
    const facts = placeholders(letters().find((letter) => letter.lang === event.original)?.body ?? '').filter(
      (name) => letterFacts.includes(name),
    );
    const [fact] = facts;
    expect(fact).toBeDefined();
    const broken = change(translation, (letter) => ({
      lang: letter.lang,
      body: letter.body.replaceAll(`{${fact}}`, ''),
    }));
    expect(letterProblems(event, broken)).toEqual([
      `${folder}/${translation}.md: lacks {${fact}}, which the original (${event.original}.md) has`,
      `${folder}/${translation}.md: notice: a translation says that the original prevails`,
    ]);
  });
});

describe('a broken copy of the content on disk', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  /** A temporary folder with a copy of the events' folders, as the Node scripts read them. */
  function copyOfContent(): string {
    const root = mkdtempSync(join(tmpdir(), 'event-content-'));
    roots.push(root);
    cpSync(EVENTS_FOLDER, join(root, EVENTS_FOLDER), { recursive: true });
    return root;
  }
  const edit = (root: string, path: string, change: (text: string) => string) => {
    const file = join(root, path);
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  };

  it('reads as the site’s events when nothing is broken', () => {
    expect(readEvents(copyOfContent())).toEqual(events);
  });

  it.each(eachEvent)('names event.yaml and deadline when the line is gone (%s)', (id) => {
    const root = copyOfContent();
    edit(root, `${EVENTS_FOLDER}/${id}/event.yaml`, (text) => text.replace(/^deadline:.*\n/m, ''));
    expect(problemsOf(() => readEvents(root))).toEqual([
      startingWith(`${EVENTS_FOLDER}/${id}/event.yaml: deadline: `),
    ]);
  });

  it.each(eachEvent)(
    'names the file of YAML that does not read, a key twice or a bracket left open (%s)',
    (id, event) => {
      const root = copyOfContent();
      const path = `${EVENTS_FOLDER}/${id}/texts/${event.original}.yaml`;
      // A second `city:`: YAML would keep the last, silently; the site refuses it.
      edit(root, path, (text) => text.replace(/^city: .*$/m, (line) => `${line}\ncity: Elsewhere`));
      // The file, then what is wrong; src/content/yaml-file.ts means to name the line and column too,
      // which the yaml package sets (linePos) only with prettyErrors: the pattern takes either.
      const at = `^${escapeRegExp(path)}(:\\d+:\\d+)?: `;
      expect(() => readEvents(root)).toThrow(new RegExp(`${at}Map keys must be unique`));
      // A flow sequence left open.
      edit(root, path, (text) => text.replace(/^city: .*\ncity: Elsewhere$/m, 'city: [Elsewhere'));
      expect(() => readEvents(root)).toThrow(new RegExp(`${at}Flow sequence`));
    },
  );

  it.each(eachEvent)(
    'names the letter that is missing, and the placeholder that does not exist (%s)',
    (id, event) => {
      const root = copyOfContent();
      const letters = `${EVENTS_FOLDER}/${id}/letters`;
      const expected: string[] = [];
      const lang = translationOf(event);
      if (lang) {
        rmSync(join(root, letters, `${lang}.md`));
        expected.push(`${letters}/${lang}.md: missing (${lang} is one of the event’s languages)`);
      }
      edit(root, `${letters}/${event.original}.md`, (text) => `${text}\n{nosuch}\n`);
      expected.push(
        `${letters}/${event.original}.md: {nosuch} is not a placeholder (${letterPlaceholders.join(', ')})`,
      );
      expect(readLetterProblems(event, root)).toEqual(expected);
    },
  );
});

describe('the site’s settings (site.yaml)', () => {
  const ids = events.map((event) => event.id);
  const data = () =>
    structuredClone(readYaml(SITE_FILE, readFileSync(SITE_FILE, 'utf8'))) as Record<string, unknown>;
  const parse = (settings: unknown) => problemsOf(() => parseSite(settings, ids));

  it('read as the site’s settings when nothing is broken', () => {
    expect(parse(data())).toEqual([]);
    expect(parseSite(data(), ids)).toEqual(site);
  });

  it('name site.yaml and defaultEvent for an event the site does not have', () => {
    expect(parse({ ...data(), defaultEvent: 'no-such-event' })).toEqual([
      `${SITE_FILE}: defaultEvent: no event "no-such-event" (the events are ${ids.join(', ')})`,
    ]);
  });

  it('name site.yaml and defaultEvent for a name the site keeps for itself', () => {
    for (const name of ['admin', 'en', 'Not An Id']) {
      expect(parse({ ...data(), defaultEvent: name }), name).toEqual([
        startingWith(`${SITE_FILE}: defaultEvent: `),
      ]);
      // The schema refuses it before the events are looked at, even were an event of that name given.
      expect(
        problemsOf(() => parseSite({ ...data(), defaultEvent: name }, [...ids, name])),
        name,
      ).toEqual([startingWith(`${SITE_FILE}: defaultEvent: `)]);
    }
  });

  it('take no default event at all (GET / then names none)', () => {
    const { defaultEvent: _dropped, ...settings } = data();
    expect(parse(settings)).toEqual([]);
  });

  it('name site.yaml and the field of an address that is not an origin, a missing contact, a bad date', () => {
    const { contact: _contact, ...settings } = data();
    const accessibility = settings.accessibility as Record<string, unknown>;
    expect(
      parse({
        ...settings,
        site: 'https://invitation.example.org/events/',
        accessibility: { ...accessibility, reviewed: '1 December 2026' },
      }),
    ).toEqual([
      `${SITE_FILE}: site: an origin, ending in /`,
      startingWith(`${SITE_FILE}: contact: `),
      startingWith(`${SITE_FILE}: accessibility.reviewed: `),
    ]);
    expect(parse({ ...data(), site: 'ftp://invitation.example.org/' })).toEqual([
      startingWith(`${SITE_FILE}: site: `),
    ]);
  });

  it('name site.yaml and an unknown field, so a typo cannot hide a setting', () => {
    expect(parse({ ...data(), defaultEvnt: ids[0] })).toEqual([
      expect.stringMatching(new RegExp(`^${escapeRegExp(SITE_FILE)}: .*"defaultEvnt"`)),
    ]);
  });
});
