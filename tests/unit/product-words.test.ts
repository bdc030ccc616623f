import { describe, expect, it } from 'vitest';
import { accessibilityStatements as accessibility } from '#content/accessibility/index.ts';
import { statements as privacy } from '#content/privacy/index.ts';
import { dictionaries } from '#i18n/index.ts';
import { locales, type Locale } from '#i18n/locales.ts';
import { textsIn } from '#schemas/event.ts';
import { events } from '#tests/support/events.ts';

/**
 * The stem of "Commission" in each language (the Commission hosts the shipped events; another
 * institution or agency may host the next): product text, shared by every event, never names it.
 */
const commission: Record<Locale, string> = {
  bg: 'комиси',
  cs: 'komis',
  da: 'kommission',
  de: 'kommission',
  el: 'επιτροπ',
  en: 'commission',
  es: 'comisi',
  et: 'komisjon',
  fi: 'komissio',
  fr: 'commission',
  ga: 'oimisi',
  hr: 'komisij',
  hu: 'bizottság',
  it: 'commission',
  lt: 'komisij',
  lv: 'komisij',
  mt: 'kummissjoni',
  nl: 'commissie',
  pl: 'komisj',
  pt: 'comiss',
  ro: 'comisi',
  sk: 'komisi',
  sl: 'komisij',
  sv: 'kommission',
};

const all = (value: unknown): string => JSON.stringify(value).toLocaleLowerCase();

describe('the product’s words, shared by every event', () => {
  it.each(locales)('name no institution, no event’s people or places, in %s', (lang) => {
    const product = all([
      privacy[lang],
      accessibility[lang],
      dictionaries[lang as keyof typeof dictionaries],
    ]);
    expect(product).not.toContain(commission[lang]);
    // Nor a word of a shipped event: its title, host, venue or city in this language.
    for (const event of events.filter((item) => item.languages.includes(lang))) {
      const { title, host, venue, city } = textsIn(event, lang);
      for (const word of [title, host.name, ...venue, city])
        expect(product, word).not.toContain(word.toLocaleLowerCase());
    }
  });
});
