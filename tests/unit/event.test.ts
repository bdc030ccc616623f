import { describe, expect, it } from 'vitest';
import { parseEvent } from '#content/event-files.ts';
import { eventText } from '#i18n/event-text.ts';
import { keepNumbersWithWords, typeset } from '#i18n/format.ts';
import { eventFileSchema, eventTextsSchema, textsIn, type Event, type EventTexts } from '#schemas/event.ts';
import { readEvents, readSite } from '#scripts/lib/content.ts';
import { eventFolderData } from '#tests/support/event-folder.ts';
import { events, site, withOptions } from '#tests/support/events.ts';
import { pagesSay } from '#tests/support/expected.ts';

const eachEvent = events.map((event) => [event.id, event] as const);

/** The UTC offset of `timeZone` at `iso`, in minutes, as Intl names it ("GMT+02:00"). */
function zoneOffset(iso: string, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The offset an ISO 8601 time is written with, in minutes. */
function writtenOffset(iso: string): number {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The same wall-clock time written with another offset: another instant, the wrong one for the zone. */
function withOffset(iso: string, minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return iso.replace(/([+-]\d{2}:\d{2}|Z)$/, `${sign}${hh}:${mm}`);
}

/** The paths of a failed parse's issues ("start", "texts.city", …). */
const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.map(String).join('.')) ?? [];

describe('the events', () => {
  it('read the same on Node (the CLI and npm start) as in the build', () => {
    expect(readEvents()).toEqual(events);
  });

  it('have the site’s default event among them, and the site reads the same on Node as in the build', () => {
    if (site.defaultEvent) expect(events.map((event) => event.id)).toContain(site.defaultEvent);
    expect(readSite(events)).toEqual(site);
  });

  it('each have an id of their own', () => {
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });
});

describe.each(eachEvent)('the event folder of %s', (id, event) => {
  const data = eventFolderData(id);
  const facts = data['event.yaml'] as Record<string, unknown>;

  it('is the event of the build: event.yaml and each texts file pass their schemas', () => {
    expect(pathsOf(eventFileSchema.safeParse(facts))).toEqual([]);
    for (const [path, words] of Object.entries(data)) {
      if (path.startsWith('texts/')) expect(pathsOf(eventTextsSchema.safeParse(words)), path).toEqual([]);
    }
    expect(parseEvent(id, data)).toEqual(event);
  });

  it('ends after it starts, and closes replies before it starts', () => {
    expect(Date.parse(event.end)).toBeGreaterThan(Date.parse(event.start));
    expect(Date.parse(event.deadline)).toBeLessThanOrEqual(Date.parse(event.start));
  });

  it('writes its start and end with the offset of its time zone on that day', () => {
    for (const iso of [event.start, event.end]) {
      expect(writtenOffset(iso), iso).toBe(zoneOffset(iso, event.timeZone));
    }
  });

  it('refuses a start or an end whose offset is not that of the time zone on that day', () => {
    for (const key of ['start', 'end'] as const) {
      // An hour east of the zone: the same wall-clock time an hour earlier, still in order.
      const wrong = withOffset(event[key], writtenOffset(event[key]) + 60);
      const result = eventFileSchema.safeParse({ ...facts, [key]: wrong });
      expect(result.success, key).toBe(false);
      expect(pathsOf(result), key).toContain(key);
    }
  });

  it('refuses an unknown time zone, an end before the start and a deadline after the event', () => {
    expect(pathsOf(eventFileSchema.safeParse({ ...facts, timeZone: 'Europe/Atlantis' }))).toEqual([
      'timeZone',
    ]);
    expect(pathsOf(eventFileSchema.safeParse({ ...facts, end: event.start }))).toEqual(['end']);
    const afterStart = new Date(Date.parse(event.start) + 60_000).toISOString();
    expect(pathsOf(eventFileSchema.safeParse({ ...facts, deadline: afterStart }))).toEqual(['deadline']);
  });

  it('refuses an original that is not one of its languages', () => {
    const languages = event.languages.filter((lang) => lang !== event.original);
    if (!languages.length) return; // an event in one language has no other to keep
    expect(pathsOf(eventFileSchema.safeParse({ ...facts, languages }))).toEqual(['original']);
  });

  it('refuses unknown fields, so a typo cannot hide a fact', () => {
    const typo = eventFileSchema.safeParse({ ...facts, deadLine: event.deadline });
    expect(typo.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['deadLine'] }]);
    const words = textsIn(event, event.original);
    const texts = eventTextsSchema.safeParse({ ...words, tilte: words.title });
    expect(texts.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['tilte'] }]);
  });

  it('refuses words missing or empty in a language, so no page falls back to another', () => {
    for (const lang of event.languages) {
      const { city: _dropped, ...words } = textsIn(event, lang);
      expect(pathsOf(eventTextsSchema.safeParse(words)), lang).toEqual(['city']);
      expect(pathsOf(eventTextsSchema.safeParse({ ...words, city: ' ' })), lang).toEqual(['city']);
      expect(pathsOf(eventTextsSchema.safeParse({ ...words, city: 'x', venue: [] })), lang).toEqual([
        'venue',
      ]);
    }
  });
});

describe.each(eachEvent)('the event %s in each of its languages', (_id, event) => {
  it('has its own words in every language, none empty', () => {
    for (const lang of event.languages) {
      const text = eventText(event, lang);
      const words = event.texts[lang];
      expect(words, lang).toBeDefined();
      expect(text.title, lang).toBe(typeset(words?.title ?? '', lang));
      for (const value of [
        text.title,
        text.titleInline,
        text.hostName,
        text.hostRole,
        text.institution,
        text.city,
      ])
        expect(value.trim(), lang).not.toBe('');
      expect(text.venue.length, lang).toBeGreaterThan(0);
      expect(text.signature.length, lang).toBeGreaterThan(0);
      expect(text.addToCalendar.trim(), lang).not.toBe('');
    }
  });

  it('names the time zone by the city in the language’s own form', () => {
    for (const lang of event.languages) {
      const text = eventText(event, lang);
      expect(text.zone, lang).toContain(textsIn(event, lang).city);
      expect(text.deadlineZone, lang).toContain(textsIn(event, lang).city);
    }
  });

  it('gives the end time where the event says so, a map where it has an address, the occasion’s date where it has one', () => {
    for (const lang of event.languages) {
      const text = eventText(event, lang);
      expect(text.time, lang).toBe(
        event.options.showEnd ? `${text.startTime}\u2013${text.endTime}` : text.startTime,
      );
      expect(eventText(withOptions(event, { showEnd: true }), lang).time, lang).toContain(text.endTime);
      expect(eventText(withOptions(event, { showEnd: false }), lang).time, lang).not.toContain(text.endTime);
      expect(text.mapUrl === null, lang).toBe(!event.map);
      expect(text.occasionDate === undefined, lang).toBe(!event.occasionDate);
    }
  });

  it('never leaves a number of the venue apart from the word before it ("level −2", "REM 1")', () => {
    for (const lang of event.languages) {
      for (const line of eventText(event, lang).venue)
        expect(line, lang).not.toMatch(/\p{L}[ \t]+[\u2212\u2013-]?\d/u);
    }
  });

  it('has an inline title that starts in lower case in English, where it has English', () => {
    const english = event.texts.en;
    if (!event.languages.includes('en') || !english) return;
    const first = english.titleInline[0] ?? '';
    expect(first).toBe(first.toLocaleLowerCase('en'));
  });

  it('reads in English as its brief says, where the tests have it written down (tests/support/expected.ts)', () => {
    const says = pagesSay[event.id];
    if (!says || !event.languages.includes('en')) return;
    const text = eventText(event, 'en');
    // The pages' no-break spaces read as spaces.
    const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(text.date)).toMatch(says.glance.date);
    expect(plain(`${text.time} (${text.zone})`)).toBe(says.glance.time);
    expect(plain(`${text.deadlineFull} (${text.deadlineZone})`)).toBe(says.glance.deadline);
    for (const absent of says.glance.absent) {
      expect(plain(`${text.time} ${text.deadlineFull}`)).not.toContain(absent);
    }
    expect(text.title).toBe(says.letter.heading);
    expect(text.addToCalendar).toBe(says.calendar.link);
  });
});

/** An event with explicit facts and English words: the formatter's inputs, whatever the site ships. */
function explicitEvent(changes: Partial<Event> = {}): Event {
  const [base] = events;
  if (!base) throw new Error('The site has no event');
  const words: EventTexts = {
    title: 'Ministerial dinner',
    titleInline: 'ministerial dinner',
    institution: 'European Commission',
    host: { name: 'The Commissioner', role: 'Member of the European Commission' },
    signature: ['The Commissioner'],
    venue: [
      'Kirchberg Conference Centre',
      'Salle des repas, level −2, REM 1 and REM 2',
      'Place de l’Europe 4',
    ],
    city: 'Luxembourg',
    occasion: 'the Council',
    addToCalendar: 'Add the dinner to your calendar (.ics)',
    privacy: { controller: 'C', processor: 'P', supervisor: 'S', purpose: 'The {title}.', data: 'D' },
    sentences: {
      description: '{host} invites you to a {title} on {date} in {city}.',
      from: 'An invitation from the {institution}.',
      intro: 'Please let us know whether you will attend the {title} on {date}.',
      zone: '{city} time, {offset}',
      controller: 'The controller is the {controller}. Write to {mailbox}.',
      complaint: 'Complain to the {supervisor}.',
    },
    reminder: { subject: 'Reminder: {title}', body: 'Dear guest,\n{title}: {link}' },
  };
  return {
    ...base,
    original: 'en',
    languages: ['en', 'de'],
    start: '2014-10-08T19:00:00+02:00',
    end: '2014-10-08T22:30:00+02:00',
    timeZone: 'Europe/Luxembourg',
    deadline: '2014-09-30T00:00:00+02:00',
    map: 'Place de l’Europe 4, 1499 Luxembourg',
    occasionDate: '2014-10-09',
    options: { ...base.options, showEnd: false },
    texts: {
      en: words,
      de: {
        ...words,
        city: 'Luxemburg',
        sentences: { ...words.sentences, zone: 'Ortszeit {city}, {offset}' },
      },
    },
    ...changes,
  };
}

describe('an event as it reads in English (explicit facts)', () => {
  const event = explicitEvent();
  const text = eventText(event, 'en');

  it('names the date, the time and the time zone with its UTC offset', () => {
    expect(text.date).toMatch(/^Wednesday,? 8\u00A0October 2014$/);
    expect(text.dateInline).toBe('8\u00A0October 2014');
    expect(text.startTime).toBe('19.00');
    expect(text.endTime).toBe('22.30');
    expect(text.time).toBe('19.00');
    expect(eventText({ ...event, options: { ...event.options, showEnd: true } }, 'en').time).toBe(
      '19.00\u201322.30',
    );
    expect(text.zone).toBe('Luxembourg time, UTC+2');
  });

  it('reads a midnight deadline as the end of the day before', () => {
    expect(text.deadlineInline).toBe('29\u00A0September 2014');
    expect(text.deadlineFull).toBe('29\u00A0September 2014, end of day');
    expect(text.deadlineZone).toBe('Luxembourg time, UTC+2');
  });

  it('names any other deadline with its time, in the event time zone', () => {
    const other = eventText(event, 'en', '2014-09-29T15:00:00Z');
    expect(other.deadlineInline).toBe('29\u00A0September 2014, 17.00');
    expect(other.deadlineFull).toBe('29\u00A0September 2014, 17.00');
  });

  it('names the occasion’s date, the venue on one line and the map search', () => {
    expect(text.occasionDate).toBe('9\u00A0October 2014');
    expect(text.venueInline).toBe(
      'Kirchberg Conference Centre; Salle des repas, level\u00a0\u22122, REM\u00a01 and REM\u00a02; Place de l’Europe\u00a04',
    );
    expect(text.mapUrl).toBe(
      `https://www.openstreetmap.org/search?query=${encodeURIComponent('Place de l’Europe 4, 1499 Luxembourg')}`,
    );
    const bare = eventText(explicitEvent({ map: undefined, occasionDate: undefined }), 'en');
    expect(bare.mapUrl).toBeNull();
    expect(bare.occasionDate).toBeUndefined();
  });

  it('uses the language’s own words, and the original’s where a language has none', () => {
    expect(eventText(event, 'de').zone).toBe('Ortszeit Luxemburg, UTC+2');
    expect(eventText(explicitEvent({ texts: { en: event.texts.en } }), 'de').city).toBe('Luxembourg');
  });
});

describe('a number in a venue line', () => {
  it('stays with the word before it, minus signs and dashes included', () => {
    expect(keepNumbersWithWords('level -2, REM 1 & REM 2')).toBe('level\u00a0-2, REM\u00a01 & REM\u00a02');
    expect(keepNumbersWithWords('niveau \u22122')).toBe('niveau\u00a0\u22122');
    expect(keepNumbersWithWords('Malminkatu 16, 00100 Helsinki')).toBe(
      'Malminkatu\u00a016, 00100\u00a0Helsinki',
    );
    // A postcode stays with its town; a house number before a street name is left alone.
    expect(keepNumbersWithWords('Place de l’Europe 4, 1499 Luxembourg')).toBe(
      'Place de l’Europe\u00a04, 1499\u00a0Luxembourg',
    );
    expect(keepNumbersWithWords('L-1499 Luxembourg')).toBe('L-1499\u00a0Luxembourg');
    expect(keepNumbersWithWords('Rue de la Loi 155, 1040 Brussels')).toBe(
      'Rue de la Loi\u00a0155, 1040\u00a0Brussels',
    );
    expect(keepNumbersWithWords('−2. korrus')).toBe('−2. korrus');
  });
});
