import { dietaryWords } from '#i18n/dietary.ts';
import { colon, partsList } from '#i18n/format.ts';
import type { MessageKey, Translate } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import type { StoredReply } from '#schemas/reply.ts';

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
    if (main?.accessibility) lines.push(`${label('reply.summary.accessibility')}${main.accessibility}`);
    if (reply.placeCardName) lines.push(`${label('reply.summary.placeCard')}${reply.placeCardName}`);
    for (const companion of reply.companions)
      lines.push(
        `${label('reply.summary.companions')}${list([
          companion.name,
          companion.position,
          ...dietaryWords(companion, t, lang),
          companion.accessibility,
        ])}`,
      );
  }
  if (reply.respondent)
    lines.push(
      `${label('reply.summary.respondent')}${list([reply.respondent.name, reply.respondent.email, reply.respondent.phone])}`,
    );
  if (reply.comment) lines.push(label('reply.summary.comment').trimEnd(), reply.comment);
  return lines;
}

const query = (subject: string, body: string) =>
  `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;

/**
 * `mailto:` the mailbox with the subject and body, at most MAILTO_LIMIT characters: a body too long
 * is cut between characters and ends with `shortened` (the page shows the whole of it).
 */
export function mailtoWithin(mailbox: string, subject: string, body: string, shortened: string): string {
  const start = `mailto:${mailbox}?`;
  if ((start + query(subject, body)).length <= MAILTO_LIMIT) return start + query(subject, body);
  const characters = [...body];
  let low = 0;
  let high = characters.length;
  // The longest beginning of the body that fits with the note.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const cut = `${characters.slice(0, middle).join('')}\n${shortened}`;
    if ((start + query(subject, cut)).length <= MAILTO_LIMIT) low = middle;
    else high = middle - 1;
  }
  return start + query(subject, `${characters.slice(0, low).join('')}\n${shortened}`);
}
