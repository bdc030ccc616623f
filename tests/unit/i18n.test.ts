import { describe, expect, it, vi } from 'vitest';
import { fillLetter } from '#content/letters.ts';
import { letterProblems } from '#content/letter-check.ts';
import { eventText } from '#i18n/event-text.ts';
import { formatDate } from '#i18n/format.ts';
import { dictionarySchema, translatedLocales, translator } from '#i18n/index.ts';
import { en } from '#i18n/dictionaries/en.ts';
import { isLocale, locales } from '#i18n/locales.ts';
import { interpolate, placeholders, segments } from '#i18n/template.ts';
import { letterFacts, letterPlaceholders, letterSchema } from '#schemas/letter.ts';
import { readLetterProblems } from '#scripts/lib/content.ts';
import { eventLetters } from '#tests/support/event-folder.ts';
import { events } from '#tests/support/events.ts';

// src/content/letters.ts reads the letters through Astro's content layer, which only the build has;
// these tests read the letters' files themselves (tests/support/event-folder.ts).
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]) }));

const eachEvent = events.map((event) => [event.id, event] as const);

describe('the locale list', () => {
  it('declares the 24 official languages of the EU', () => {
    expect(locales).toHaveLength(24);
    expect(isLocale('mt')).toBe(true);
    expect(isLocale('toString')).toBe(false);
  });

  it('has English among the translated locales', () => {
    expect(translatedLocales).toContain('en');
  });
});

describe('the dictionaries', () => {
  it('refuse a dictionary with a missing key', () => {
    const { ['cta.reply']: _dropped, ...missing } = en;
    expect(dictionarySchema.safeParse(missing).success).toBe(false);
  });

  it('refuse a dictionary with an extra key', () => {
    expect(dictionarySchema.safeParse({ ...en, 'cta.extra': 'Extra' }).success).toBe(false);
  });

  it('exist for all 24 locales, each with every key of English and nothing else', async () => {
    const { dictionaries } = await import('#i18n/index.ts');
    for (const lang of locales) {
      expect(Object.keys(dictionaries[lang] ?? {}).sort(), lang).toEqual(Object.keys(en).sort());
    }
  });

  it('fill placeholders', () => {
    expect(translator('en')('deadline.at', { date: '29 September 2014', time: '18:00' })).toBe(
      '29 September 2014, 18:00',
    );
  });
});

describe('counts', () => {
  it('read "1 companion" and "2 companions" in English', () => {
    const t = translator('en');
    expect(t('reply.companions.hint', { count: 1 })).toMatch(
      /^Your invitation includes up to 1 companion\. /,
    );
    expect(t('reply.companions.hint', { count: 2 })).toMatch(
      /^Your invitation includes up to 2 companions\. /,
    );
  });

  it('offer exactly the plural categories of each language, in all 24 dictionaries', async () => {
    const { dictionaries } = await import('#i18n/index.ts');
    const { pluralVariants } = await import('#i18n/plural.ts');
    for (const lang of locales) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const variants = pluralVariants(dictionaries[lang]?.['reply.companions.hint'] ?? '');
      expect(variants.count?.slice().sort(), lang).toEqual([...categories].sort());
    }
  });

  it('never show a raw plural pattern or a stray "#"', () => {
    for (const lang of locales)
      for (const count of [1, 2, 3, 5, 11])
        expect(translator(lang)('reply.companions.hint', { count }), `${lang} ${count}`).not.toMatch(
          /plural|#|\{/,
        );
  });

  it('follow CLDR for Maltese and Irish where the runtime has no data for them', async () => {
    const { cldrFallback } = await import('#i18n/cldr-fallback.ts');
    for (const lang of ['mt', 'ga'] as const) {
      const rules = new Intl.PluralRules(lang);
      for (let count = 0; count <= 120; count += 1)
        expect(cldrFallback[lang]?.plural(count), `${lang} ${count}`).toBe(rules.select(count));
    }
  });
});

describe('lists and separators', () => {
  it('join in the language’s own way: Maltese without a comma before "u", Greek never with ";"', async () => {
    const { formatList, semicolon } = await import('#i18n/format.ts');
    expect(formatList(['A', 'B', 'C'], 'mt')).toBe('A, B u C');
    expect(formatList(['A', 'B', 'C'], 'el', 'unit')).not.toContain(';');
    // Values side by side (a companion and their needs) are never joined by "and".
    for (const lang of ['fr', 'it', 'de', 'mt', 'ga', 'fi'] as const) {
      expect(formatList(['Adviser', 'Vegan'], lang, 'unit'), lang).toBe('Adviser, Vegan');
    }
    expect(semicolon('el')).toBe('\u00b7');
    expect(semicolon('fr')).toBe('\u202f;');
  });
});

describe('sentence templates', () => {
  it('split bold spans and placeholders', () => {
    expect(segments('by **{deadline}** to {mailbox}')).toEqual([
      { kind: 'text', text: 'by ', strong: false },
      { kind: 'value', name: 'deadline', strong: true },
      { kind: 'text', text: ' to ', strong: false },
      { kind: 'value', name: 'mailbox', strong: false },
    ]);
  });

  it('leave unknown placeholders visible rather than silently empty', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe.each(eachEvent)('the letter of %s', (_id, event) => {
  const letters = eventLetters(event.id);

  it('has no problem the build would stop on: a letter per language, known placeholders, every fact in each translation', () => {
    expect(readLetterProblems(event)).toEqual([]);
  });

  it('has front matter that passes the letter schema, in every language', () => {
    for (const letter of letters) {
      expect(letterSchema.safeParse(letter.front).error?.issues ?? [], letter.lang).toEqual([]);
    }
  });

  it('refuses a translation that drops a fact of the original', () => {
    const original = letters.find((letter) => letter.lang === event.original);
    const facts = placeholders(original?.body ?? '').filter((name) => letterFacts.includes(name));
    expect(facts.length).toBeGreaterThan(0);
    for (const translation of letters.filter((letter) => letter.lang !== event.original)) {
      for (const fact of facts) {
        const dropped = translation.body.replaceAll(`{${fact}}`, '');
        const problems = letterProblems(
          event,
          letters.map((letter) => (letter === translation ? { ...letter, body: dropped } : letter)),
        );
        expect(problems, `${translation.lang} {${fact}}`).toEqual([
          `src/content/events/${event.id}/letters/${translation.lang}.md: lacks {${fact}}, which the original (${event.original}.md) has`,
        ]);
      }
    }
  });
});

describe('the error and field codes', () => {
  it('each have a sentence in the English dictionary', async () => {
    const { errorStatus } = await import('#server/http/errors.ts');
    const { fieldErrorCodes } = await import('#schemas/field-errors.ts');
    const keys = new Set(Object.keys(en));
    for (const code of Object.keys(errorStatus)) expect(keys.has(`error.${code}`), code).toBe(true);
    for (const code of fieldErrorCodes) expect(keys.has(`field.${code}`), code).toBe(true);
  });
});

describe.each(eachEvent)('the letters of %s', (_id, event) => {
  const letters = eventLetters(event.id);
  const byLang = new Map(letters.map((letter) => [letter.lang, letter]));
  /** A Markdown list's items: the topics of a letter. */
  const listItems = (body: string) => body.split('\n').filter((line) => /^\s*[-*] /.test(line)).length;

  it('exist in every language of the event and no other, each with the event’s texts', () => {
    expect(letters.map((letter) => letter.lang).sort()).toEqual([...event.languages].sort());
    for (const lang of event.languages) expect(event.texts[lang], lang).toBeDefined();
  });

  it('say in every translation that the original prevails, and not in the original', () => {
    for (const letter of letters) {
      if (letter.lang === event.original) expect(letter.notice, letter.lang).toBeUndefined();
      else expect(letter.notice?.trim(), letter.lang).toBeTruthy();
    }
  });

  it('list as many topics in every translation as the original', () => {
    const original = listItems(byLang.get(event.original)?.body ?? '');
    for (const letter of letters) expect(listItems(letter.body), letter.lang).toBe(original);
  });

  it('have every placeholder filled in their language, with a value', () => {
    for (const letter of letters) {
      const lang = event.languages.find((item) => item === letter.lang);
      if (!lang) throw new Error(`${letter.lang} is not a language of ${event.id}`);
      const text = eventText(event, lang);
      for (const name of placeholders(letter.body)) {
        expect(letterPlaceholders, `${lang} {${name}}`).toContain(name);
        const value = fillLetter(`{${name}}`, text);
        expect(value.trim(), `${lang} {${name}}`).not.toBe('');
        expect(value, `${lang} {${name}}`).not.toContain('undefined');
      }
      expect(placeholders(fillLetter(letter.body, text)), lang).toEqual([]);
    }
  });
});

/** The day of the month of `instant` in `timeZone`, in Latin digits. */
const dayOf = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-u-nu-latn', { timeZone, day: 'numeric' }).format(instant);

/** "UTC+2", "UTC−5", "UTC+5:30": the offset an ISO 8601 time is written with, as the pages name it. */
function offsetOf(iso: string): string {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!match) return 'UTC';
  const [, sign, hours, minutes] = match;
  if (hours === '00' && minutes === '00') return 'UTC';
  return `UTC${sign === '-' ? '\u2212' : '+'}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

describe.each(eachEvent)('dates in every language of %s', (_id, event) => {
  it('name the last day of the deadline, the event day, its year and the zone’s offset', () => {
    const number = (value: string) => new RegExp(`(^|\\D)${value}(\\D|$)`);
    // The last day replies are open: that of the last moment before the deadline, in the event's zone.
    const lastDay = dayOf(Date.parse(event.deadline) - 1, event.timeZone);
    const startDay = dayOf(Date.parse(event.start), event.timeZone);
    // The year as event.yaml writes the start: a wall-clock time with the zone's offset.
    const year = event.start.slice(0, 4);
    for (const lang of event.languages) {
      const text = eventText(event, lang);
      expect(text.deadlineInline, lang).toMatch(number(lastDay));
      expect(text.deadlineFull, lang).toMatch(number(lastDay));
      expect(text.date, lang).toMatch(number(startDay));
      expect(text.date, lang).toContain(year);
      expect(text.zone, lang).toContain(offsetOf(event.start));
      expect(text.deadlineZone, lang).toContain(offsetOf(event.deadline));
    }
  });
});

describe('the privacy statement', () => {
  it('exists in all 24 languages with the same sections and every fact placeholder', async () => {
    const { statements } = await import('#content/privacy/index.ts');
    const { privacySchema } = await import('#schemas/privacy.ts');
    const english = Object.keys(statements.en);
    for (const lang of locales) {
      expect(privacySchema.safeParse(statements[lang]).success, lang).toBe(true);
      expect(Object.keys(statements[lang]), lang).toEqual(english);
    }
  });
});

describe('the accessibility statement', () => {
  it('exists in all 24 languages with the same sections, the date, the mailbox and the enforcement body', async () => {
    const { accessibilityStatements } = await import('#content/accessibility/index.ts');
    const { accessibilitySchema } = await import('#schemas/accessibility.ts');
    const english = Object.keys(accessibilityStatements.en);
    for (const lang of locales) {
      expect(accessibilitySchema.safeParse(accessibilityStatements[lang]).success, lang).toBe(true);
      expect(Object.keys(accessibilityStatements[lang]), lang).toEqual(english);
      expect(accessibilityStatements[lang].intro, lang).toContain('2016/2102');
    }
  });

  it('refuses a statement that drops the feedback contact', async () => {
    const { accessibilityStatements } = await import('#content/accessibility/index.ts');
    const { accessibilitySchema } = await import('#schemas/accessibility.ts');
    const { en: english } = accessibilityStatements;
    const without = { ...english, feedback: { ...english.feedback, text: 'Write to us.' } };
    expect(accessibilitySchema.safeParse(without).success).toBe(false);
  });
});

describe('dates', () => {
  it('never let a number end a line apart from the word after it, in any language ("8.\u00A0Oktober")', () => {
    for (const lang of locales) {
      for (const weekday of [true, false]) {
        const date = formatDate('2014-10-08T17:00:00Z', lang, 'Europe/Luxembourg', { weekday });
        expect(date, lang).not.toMatch(/\d\.? \p{L}/u);
      }
    }
    expect(formatDate('2014-10-08T17:00:00Z', 'de', 'Europe/Luxembourg')).toBe(
      'Mittwoch, 8.\u00A0Oktober 2014',
    );
  });
});

describe('the reply page’s greeting', () => {
  it('needs no gender in any of the 24 languages: no slash or bracketed ending', async () => {
    const { dictionaries } = await import('#i18n/index.ts');
    for (const lang of locales) {
      const greeting = dictionaries[lang]?.['reply.greeting'] ?? '';
      expect(greeting, lang).toContain('{name}');
      expect(greeting, lang).not.toMatch(/\/|\(\p{L}{1,2}\)/u);
    }
  });
});
