import { placeholders } from '#i18n/template.ts';
import type { Event } from '#schemas/event.ts';
import { letterFacts, letterPlaceholders } from '#schemas/letter.ts';
import { EVENTS_FOLDER } from './event-files.ts';

/** One letter file as the build reads it: its language, its front matter's notice, its Markdown. */
export interface LetterFile {
  lang: string;
  notice?: string;
  body: string;
}

/**
 * The problems of an event's letters, each naming its file: a letter per language of the event
 * and none other; only known placeholders, and only those the event can fill; every fact of the
 * original in each translation (./schemas/letter.ts, `letterFacts`); a translation's notice that
 * the original prevails.
 */
export function letterProblems(event: Event, letters: LetterFile[]): string[] {
  const file = (lang: string) => `${EVENTS_FOLDER}/${event.id}/letters/${lang}.md`;
  const problems: string[] = [];
  const byLang = new Map(letters.map((letter) => [letter.lang, letter]));
  for (const lang of event.languages) {
    if (!byLang.has(lang)) problems.push(`${file(lang)}: missing (${lang} is one of the event’s languages)`);
  }
  for (const letter of letters) {
    if (!(event.languages as string[]).includes(letter.lang)) {
      problems.push(
        `${file(letter.lang)}: ${letter.lang} is not one of the event’s languages (event.yaml, languages)`,
      );
    }
  }
  const original = byLang.get(event.original);
  const needed = new Set(
    original ? placeholders(original.body).filter((name) => letterFacts.includes(name)) : [],
  );
  for (const letter of letters) {
    const used = placeholders(letter.body);
    for (const name of used) {
      if (!(letterPlaceholders as readonly string[]).includes(name)) {
        problems.push(
          `${file(letter.lang)}: {${name}} is not a placeholder (${letterPlaceholders.join(', ')})`,
        );
      } else if (name === 'occasionDate' && !event.occasionDate) {
        problems.push(`${file(letter.lang)}: {occasionDate} needs occasionDate in event.yaml`);
      } else if (name === 'occasion' && !event.texts[letter.lang as 'en']?.occasion) {
        problems.push(`${file(letter.lang)}: {occasion} needs occasion in texts/${letter.lang}.yaml`);
      }
    }
    if (letter.lang !== event.original) {
      for (const name of needed) {
        if (!used.includes(name)) {
          problems.push(
            `${file(letter.lang)}: lacks {${name}}, which the original (${event.original}.md) has`,
          );
        }
      }
      if (!letter.notice) {
        problems.push(`${file(letter.lang)}: notice: a translation says that the original prevails`);
      }
    }
  }
  return problems;
}
