import { allergenWords, allergyItem, dietaryWords } from '#i18n/dietary.ts';
import { zoneName } from '#i18n/event-text.ts';
import { dateAndTime, formatUtcOffset } from '#i18n/format.ts';
import { adminTranslator, translator } from '#i18n/index.ts';
import { languages } from '#i18n/locales.ts';
import type { Event } from '#schemas/event.ts';
import type { Guest } from '#schemas/guest.ts';
import { urls } from '#server/urls.ts';
import type { StoredReply } from '#schemas/reply.ts';

/** A message to the event's mailbox: English, plain text (organisers read it in any mail client). */
export interface MailText {
  subject: string;
  text: string;
}

const a = adminTranslator();
const t = translator('en');
const plural = new Intl.PluralRules('en');

/** "8 October 2014, 19:00" in the event's time zone, as the organisers' pages write times. */
export const organiserTime = (event: Pick<Event, 'timeZone'>, iso: string) =>
  dateAndTime(iso, 'en', event.timeZone);

/**
 * The same with the zone's offset at that instant, "8 October 2014, 19.00 UTC+2": a time in a
 * mail names it, or the hour repeated when clocks go back would be read either way.
 */
export const organiserTimeWithOffset = (event: Pick<Event, 'timeZone'>, iso: string) =>
  `${organiserTime(event, iso)} ${formatUtcOffset(iso, event.timeZone)}`;

/**
 * The same with the zone named, at that time's own offset: "24 September 2014, 10:00 (Luxembourg
 * time, UTC+2)", and "+1" for a reply in December.
 */
const zonedTime = (event: Event, iso: string) =>
  `${organiserTime(event, iso)} (${zoneName(event, 'en', iso)})`;

/**
 * "attending, 1 companion", "sending a delegate", "not attending": our own words only, never a name
 * the guest typed (a subject line is where a forged instruction would be read first).
 */
export function answerPhrase(reply: StoredReply): string {
  const companions = reply.attending === 'no' ? 0 : reply.companions.length;
  const answer = a(`mail.answer.${reply.attending}`);
  if (!companions) return answer;
  return `${answer}, ${a(`mail.companions.${plural.select(companions) === 'one' ? 'one' : 'other'}`, { count: companions })}`;
}

type Person = { name: string; position?: string } & Parameters<typeof dietaryWords>[0] &
  Parameters<typeof allergenWords>[0] & {
    accessibility?: string;
  };

const personLine = (person: Person) =>
  [
    [person.name, person.position].filter(Boolean).join(', '),
    ...dietaryWords(person, t, 'en'),
    allergyItem(person, t, 'en'),
    person.accessibility ? `${a('mail.access')}: ${person.accessibility}` : '',
  ]
    .filter(Boolean)
    .join('; ');

/**
 * Every fact of a reply, labelled, in the order of the form: what a change is compared on (the
 * guest's page shows these; the notice names only which changed).
 */
export function replyFacts(reply: StoredReply): [string, string][] {
  const main = reply.attending === 'delegate' ? reply.delegate : reply;
  const attends = reply.attending !== 'no';
  const facts: [string, string | undefined][] = [
    [t('reply.summary.attending'), a(`mail.answer.${reply.attending}`)],
    [t('reply.summary.delegate'), reply.delegate ? personLine(reply.delegate) : undefined],
    [t('reply.summary.placeCard'), attends ? reply.placeCardName : undefined],
    [t('reply.summary.dietary'), attends && main ? dietaryWords(main, t, 'en').join('; ') : undefined],
    [t('reply.summary.allergens'), attends && main ? allergenWords(main, t, 'en').join('; ') : undefined],
    [t('reply.summary.accessibility'), attends ? main?.accessibility : undefined],
    ...(attends ? reply.companions : []).map((companion, index): [string, string] => [
      a('mail.companion', { number: index + 1 }),
      personLine(companion),
    ]),
    [
      t('reply.summary.respondent'),
      reply.respondent
        ? [reply.respondent.name, reply.respondent.email, reply.respondent.phone].filter(Boolean).join(', ')
        : undefined,
    ],
    [t('reply.summary.comment'), reply.comment],
    [a('mail.language'), reply.lang ? languages[reply.lang] : undefined],
  ];
  return facts.filter((fact): fact is [string, string] => Boolean(fact[1]));
}

/** A fact of a reply that differs between two versions ('—' where a version has none). */
export interface ReplyChange {
  label: string;
  before: string;
  now: string;
}

/**
 * What changed from `previous` to `reply`, fact by fact, in the form's order: what the change
 * notice lists and the guest's page shows beside each version.
 */
export function replyChanges(previous: StoredReply, reply: StoredReply): ReplyChange[] {
  const before = new Map(replyFacts(previous));
  const now = new Map(replyFacts(reply));
  return [...new Set([...before.keys(), ...now.keys()])]
    .filter((label) => before.get(label) !== now.get(label))
    .map((label) => ({ label, before: before.get(label) ?? '—', now: now.get(label) ?? '—' }));
}

/** The needs whose very mention beside a name tells something of health or belief. */
const needs = new Set([
  t('reply.summary.dietary'),
  t('reply.summary.allergens'),
  t('reply.summary.accessibility'),
]);

/**
 * The lines of a change notice: the answer's change written out (our own words), every other part
 * that changed only named, and the guest's own needs as one line that does not say which.
 */
function changeLines(changed: ReplyChange[]): string[] {
  const lines = changed
    .filter(({ label }) => !needs.has(label))
    .map(({ label, before, now }) =>
      label === t('reply.summary.attending') ? `  ${label}: ${before} → ${now}` : `  ${label}`,
    );
  if (changed.some(({ label }) => needs.has(label))) lines.push(`  ${a('mail.needsChanged')}`);
  return lines;
}

/**
 * The notice of one web reply for the mailbox (docs/design.md, "Mail"): the guest as the guest list
 * names them, the answer and the people it brings, the reference, which parts changed, and the
 * guest's page on /admin. Nothing the guest wrote (a delegate's name, a message, a place card) and
 * nothing sensitive (dietary or access needs, the respondent's address or telephone): a mailbox is
 * kept and forwarded beyond the reach of the purge and of an erasure. Never the personal link.
 */
export function replyNotice(
  event: Event,
  guest: Guest,
  reply: StoredReply,
  previous: StoredReply | null,
  origin: string,
): MailText {
  const subject = a(previous ? 'mail.subject.changed' : 'mail.subject.new', {
    reference: reply.reference,
    guest: guest.name,
    answer: answerPhrase(reply),
  });
  const people = reply.attending === 'no' ? 0 : 1 + reply.companions.length;
  const lines = [
    a(previous ? 'mail.intro.changed' : 'mail.intro.new', {
      guest: guest.name,
      organisation: guest.organisation || '—',
      date: zonedTime(event, reply.updatedAt),
    }),
    '',
    `${a('mail.reference')}: ${reply.reference}`,
    `${t('reply.summary.attending')}: ${answerPhrase(reply)}`,
    `${a('mail.people')}: ${people}`,
    ...(reply.lang ? [`${a('mail.language')}: ${languages[reply.lang]}`] : []),
  ];
  if (previous) {
    const changed = replyChanges(previous, reply);
    lines.push(
      '',
      a('mail.changes', {
        reference: previous.reference,
        date: organiserTimeWithOffset(event, previous.updatedAt),
      }),
      ...(changed.length ? changeLines(changed) : [`  ${a('mail.noChanges')}`]),
    );
  }
  lines.push(
    '',
    a('mail.details'),
    a('mail.guestPage', { url: new URL(urls.admin.guest(event, guest.id), origin).href }),
  );
  return { subject, text: `${lines.join('\n')}\n` };
}
