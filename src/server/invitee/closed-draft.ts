import { allergyItem, allergenWords, dietaryWords } from '#i18n/dietary.ts';
import { colon, partsList } from '#i18n/format.ts';
import type { MessageKey, Translate } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { fieldLabel } from '#i18n/field-labels.ts';
import {
  allergenCodes,
  appliesToAnswer,
  attendance,
  dietaryCodes,
  type AllergenCode,
  type Attendance,
  type DietaryCode,
  type StoredReply,
} from '#schemas/reply.ts';

/** The longest `mailto:` address that every mail client and browser opens whole. */
export const MAILTO_LIMIT = 2000;

/**
 * A reply as plain-text lines in the guest's language, in the order of the form: what the guest
 * typed after the deadline, for the message to the organisers.
 */
export function replyLines(reply: StoredReply, t: Translate, lang: Locale): string[] {
  const label = (key: MessageKey) => `${t(key)}${colon(lang)} `;
  const list = (items: (string | undefined)[]) => partsList(items, lang);
  const main = reply.attending === 'delegate' ? reply.delegate : reply;
  const lines = [`${label('reply.summary.attending')}${t(`reply.attending.${reply.attending}`)}`];
  if (reply.delegate)
    lines.push(`${label('reply.summary.delegate')}${list([reply.delegate.name, reply.delegate.position])}`);
  if (reply.attending !== 'no') {
    const dietary = main ? dietaryWords(main, t, lang) : [];
    if (dietary.length) lines.push(`${label('reply.summary.dietary')}${list(dietary)}`);
    const allergens = main ? allergenWords(main, t, lang) : [];
    if (allergens.length) lines.push(`${label('reply.summary.allergens')}${list(allergens)}`);
    if (main?.accessibility) lines.push(`${label('reply.summary.accessibility')}${main.accessibility}`);
    if (reply.placeCardName) lines.push(`${label('reply.summary.placeCard')}${reply.placeCardName}`);
    for (const companion of reply.companions)
      lines.push(
        `${label('reply.summary.companions')}${list([
          companion.name,
          companion.position,
          ...dietaryWords(companion, t, lang),
          allergyItem(companion, t, lang),
          companion.accessibility,
        ])}`,
      );
  }
  if (reply.respondent)
    lines.push(
      `${label('reply.summary.respondent')}${list([reply.respondent.name, reply.respondent.email, reply.respondent.phone])}`,
    );
  // On its label's line: a cut between lines never leaves the label alone.
  if (reply.comment) lines.push(`${label('reply.summary.comment')}${reply.comment}`);
  return lines;
}

/** The form's own fields, never shown as typed by the guest. */
const PAGE_FIELDS = new Set(['lang', 'submissionId']);

/**
 * A form as typed, field by field, labelled as the form labels them ("Telephone: call the
 * office"): what a late reply that would not have been valid still says. Answers and dietary
 * choices in words; fields the form does not have, and parts the chosen answer does not have
 * (hidden when it was sent), are left out.
 */
export function typedFields(text: string | [string, string][], t: Translate): [string, string][] {
  const pairs = typeof text === 'string' ? [...new URLSearchParams(text)] : text;
  const answer = pairs.find(([field]) => field === 'attending')?.[1];
  return pairs.flatMap(([field, raw]): [string, string][] => {
    const value = raw.trim();
    const label =
      PAGE_FIELDS.has(field) || !value || !appliesToAnswer(field, answer) ? null : fieldLabel(field, t);
    if (!label) return [];
    if (field === 'attending')
      return [
        [
          label,
          (attendance as readonly string[]).includes(value)
            ? t(`reply.attending.${value as Attendance}`)
            : value,
        ],
      ];
    if (/(^|\.)dietary$/.test(field) && (dietaryCodes as readonly string[]).includes(value))
      return [[label, t(`reply.dietary.${value as DietaryCode}`)]];
    const allergen = /(^|\.)(severeA|a)llergens$/.exec(field);
    if (allergen && (allergenCodes as readonly string[]).includes(value)) {
      const name = t(`reply.allergen.${value as AllergenCode}`);
      return [[label, allergen[2] === 'a' ? name : t('reply.allergens.severeMark', { allergen: name })]];
    }
    return [[label, value]];
  });
}

/** "Label: value", or "Label value" after a label that is a question ("Will you attend?"). */
export const labelled = (label: string, value: string, lang: Locale) =>
  /[?;？]$/.test(label) ? `${label} ${value}` : `${label}${colon(lang)} ${value}`;

const query = (subject: string, body: string) =>
  `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;

/**
 * `mailto:` the mailbox with the subject and body, at most MAILTO_LIMIT characters: a body too long
 * is cut, between lines where that keeps at least half of what fits (as encoded; a field is then
 * never cut in the middle), else between characters, and ends with `shortened`; `cut` says so, for the page.
 */
export function mailtoWithin(
  mailbox: string,
  subject: string,
  body: string,
  shortened: string,
): { href: string; cut: boolean } {
  const href = (text: string) => `mailto:${mailbox}?${query(subject, text)}`;
  if (href(body).length <= MAILTO_LIMIT) return { href: href(body), cut: false };
  const characters = [...body];
  const fits = (count: number) =>
    href(`${characters.slice(0, count).join('')}\n${shortened}`).length <= MAILTO_LIMIT;
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  const kept = characters.slice(0, low).join('');
  // Between lines when that keeps at least half of what fits, counted as the link counts it.
  const lineEnd = kept.lastIndexOf('\n');
  const byLine = kept.slice(0, Math.max(0, lineEnd));
  const cut =
    lineEnd > 0 && encodeURIComponent(byLine).length >= encodeURIComponent(kept).length / 2 ? byLine : kept;
  return { href: href(`${cut}\n${shortened}`), cut: true };
}
