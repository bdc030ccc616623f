import type { Event } from '#schemas/event.ts';
import type { Guest } from '#schemas/guest.ts';
import type { StoredReply } from '#schemas/reply.ts';

/**
 * A guest as the guest list of `event` would hold one: in a language of the event other than its
 * original where it has one, in its first category, with a companion where it allows them.
 */
export function aGuest(
  overrides: Partial<Guest> = {},
  event?: Pick<Event, 'languages' | 'original' | 'categories' | 'options'>,
): Guest {
  return {
    id: 'k3x9q2m7',
    name: 'Minister of the Interior of Estonia',
    position: 'Minister of the Interior',
    organisation: 'Ministry of the Interior, Estonia',
    email: '',
    language: event ? (event.languages.find((lang) => lang !== event.original) ?? event.original) : 'et',
    category: event?.categories[0] ?? 'minister',
    companions: !event || event.options.companions ? 1 : 0,
    linkVersion: 1,
    ...overrides,
  };
}

/** A reply as the RSVP function would store it. */
export function aReply(overrides: Partial<StoredReply> = {}): StoredReply {
  return {
    guestId: 'k3x9q2m7',
    attending: 'yes',
    companions: [],
    dietary: ['vegetarian'],
    reference: 'R-7K3M-Q9TD',
    updatedAt: '2014-09-20T10:00:00.000Z',
    source: 'web',
    ...overrides,
  };
}

/** What guests and organisers really type, and what spreadsheets trip over. */
export const hostileCorpus = [
  'Ευχαριστώ\n=6*7',
  'Thank you\r\n=1+1',
  'CR alone\rhere',
  'tab\there',
  'Malmström, Cecilia',
  'Minister; Interior',
  'says "hello"',
  '=HYPERLINK("http://x","y")',
  '+352 4301 1',
  '-2 level',
  '@SUM(A1)',
  '＝1+1',
  '＋352',
  '－1',
  '＠SUM(A1)',
  '0035243011',
  '1/2',
  '08/10',
  'Aire an Dlí agus Cirt, Éire',
  'שלום\u200F!',
  ' leading and trailing space ',
  '',
];
