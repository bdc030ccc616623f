import { describe, expect, it } from 'vitest';
import { formatTime } from '#i18n/format.ts';
import { locales } from '#i18n/locales.ts';

/** The Interinstitutional Style Guide's time of day in each language, at 19:00 and 08:30. */
const expected: Record<string, [string, string]> = {
  fr: ['19\u00a0h', '8\u00a0h\u00a030'],
  pt: ['19h00', '8h30'],
};

describe('a time of day', () => {
  it('is written the way each of the 24 languages writes it, never with a colon', () => {
    for (const lang of locales) {
      const [evening, morning] = expected[lang] ?? ['19.00', '08.30'];
      expect(formatTime('2014-10-08T17:00:00Z', lang, 'Europe/Luxembourg'), lang).toBe(evening);
      expect(formatTime('2027-03-18T06:30:00Z', lang, 'Europe/Helsinki'), lang).toBe(morning);
      expect(formatTime('2014-10-08T17:00:00Z', lang, 'Europe/Luxembourg'), lang).not.toContain(':');
    }
  });

  it('is the time in the event’s zone, midnight as 00', () => {
    expect(formatTime('2014-12-31T23:05:00Z', 'en', 'Europe/Luxembourg')).toBe('00.05');
    expect(formatTime('2014-12-31T23:00:00Z', 'fr', 'Europe/Luxembourg')).toBe('0\u00a0h');
  });
});

describe('one-letter words in Czech, Slovak, Polish and Slovenian', () => {
  it('never end a line: a no-break space after each, in messages, event words and letters', async () => {
    const { typeset, typesetHtml } = await import('#i18n/format.ts');
    expect(typeset('Večera se koná v Lucemburku a v sále', 'cs')).toBe(
      'Večera se koná v\u00a0Lucemburku a\u00a0v\u00a0sále',
    );
    expect(typeset('S pozdravom k večeri', 'sk')).toBe('S\u00a0pozdravom k\u00a0večeri');
    expect(typeset('Kolacja w Luksemburgu i w sali', 'pl')).toBe(
      'Kolacja w\u00a0Luksemburgu i\u00a0w\u00a0sali',
    );
    // Other languages, and a letter that is not a word ("REM 1", "Příloha A"), are left alone.
    expect(typeset('a la cena', 'es')).toBe('a la cena');
    expect(typeset('Příloha A', 'cs')).toBe('Příloha A');
    expect(typesetHtml('<p class="v x">Večera v <strong>Lucemburku</strong></p>', 'cs')).toBe(
      '<p class="v x">Večera v\u00a0<strong>Lucemburku</strong></p>',
    );
  });

  it('is how every Czech and Slovak page reads: no one-letter word before a plain space', async () => {
    const { translator, dictionaries } = await import('#i18n/index.ts');
    const { eventText } = await import('#i18n/event-text.ts');
    const { events } = await import('#content/events.ts');
    for (const lang of ['cs', 'sk'] as const) {
      const t = translator(lang);
      for (const key of Object.keys(dictionaries[lang] ?? {}))
        expect(t(key as never), `${lang} ${key}`).not.toMatch(/(?<![\p{L}\d])[aikosuvzAIKOSUVZ] (?=\S)/u);
      for (const event of events.filter((item) => item.languages.includes(lang))) {
        const text = eventText(event, lang);
        for (const value of [
          text.title,
          text.titleInline,
          text.hostRole,
          ...text.venue,
          ...Object.values(text.sentences),
        ])
          expect(value, `${event.id} ${lang}`).not.toMatch(/(?<![\p{L}\d])[aikosuvzAIKOSUVZ] (?=\S)/u);
      }
    }
  });
});
