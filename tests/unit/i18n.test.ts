import { describe, expect, it } from 'vitest';
import { formatDate } from '#i18n/format.ts';
import { dictionarySchema, translatedLocales, translator } from '#i18n/index.ts';
import { en } from '#i18n/dictionaries/en.ts';
import { isLocale, locales } from '#i18n/locales.ts';
import { interpolate, segments } from '#i18n/template.ts';
import { letterSchema } from '#schemas/letter.ts';
import english from '#content/letters/en.ts';

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
    expect(translator('en')('venue.level', { level: -2 })).toBe('level -2');
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

describe('the letter', () => {
  it('in English passes its schema with every fact placeholder', () => {
    expect(letterSchema.safeParse(english).success).toBe(true);
  });

  it('refuses a translation that drops a fact', () => {
    const withoutMailbox = { ...english, reply: 'Please confirm by {deadline}.' };
    expect(letterSchema.safeParse(withoutMailbox).success).toBe(false);
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

describe('the letters', () => {
  it('exist in all 24 languages, every translation with the notice and the event texts', async () => {
    const { letters } = await import('#content/letters/index.ts');
    const { event } = await import('#content/event.ts');
    for (const lang of locales) {
      const letter = letters[lang];
      expect(letterSchema.safeParse(letter).success, lang).toBe(true);
      if (lang === 'en') expect(letter.translation).toBeUndefined();
      else expect(letter.translation?.event.topics, lang).toHaveLength(event.topics.length);
    }
  });
});

describe('dates in every language', () => {
  it('name the right last day of the deadline (29) and the event day (8) in all 24 locales', async () => {
    const { eventText } = await import('#i18n/event-text.ts');
    const { event } = await import('#content/event.ts');
    for (const lang of locales) {
      const text = eventText(event, lang);
      expect(text.deadlineInline, lang).toMatch(/(^|\D)29(\D|$)/);
      expect(text.deadlineFull, lang).toMatch(/(^|\D)29(\D|$)/);
      expect(text.date, lang).toMatch(/(^|\D)8(\D|$)/);
      expect(text.date, lang).toContain('2014');
      expect(text.zone, lang).toContain('UTC+2');
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
