import type { CategoryCode } from '#schemas/event.ts';
import type { Guest } from '#schemas/guest.ts';
import {
  allergenCodes,
  legacyDietary,
  type AllergenCode,
  type Attendance,
  type DietaryCode,
  type StoredReply,
} from '#schemas/reply.ts';
import type { Locale } from '#i18n/locales.ts';
import { attendingFingerprints } from '#server/seating/fingerprint.ts';

/**
 * The metadata of `guest:{id}` and `reply:{id}` keys: what dashboards read from `list()` pages
 * without one `get()` per guest. Codes, flags, counts and names, asserted ≤ 1 KiB. Names are kept
 * whole (at most 120 characters, 480 bytes even in four-byte characters); only an organisation
 * that would not fit beside them and an address is shortened.
 */

/** KV's limit for the metadata of one key. */
export const METADATA_LIMIT_BYTES = 1024;

export interface GuestSummary {
  /** name */
  n: string;
  /** organisation, shortened (with …) only where the whole would pass the metadata's limit */
  o: string;
  c: CategoryCode;
  l: Locale;
  /** companions allowed */
  k: number;
  /** link version, so personal links can be listed without reading each guest */
  v: number;
  /** e-mail address (lower case), to match re-imported rows; absent when the list has none */
  e?: string;
  /** 1 when the invitation is withdrawn: the guest is listed apart and counted nowhere */
  w?: 1;
  /** country (for the protocol order); absent when the list gives none */
  y?: string;
  /** explicit place in the order of precedence; absent when computed */
  p?: number;
}

export interface ReplySummary {
  a: Attendance;
  /** companions named */
  c: number;
  /** dietary codes counted over everyone the reply covers (guest or delegate, and companions) */
  d: Partial<Record<DietaryCode, number>>;
  /**
   * allergens counted the same way, one number per allergen in the order of `allergenCodes`
   * (a list of numbers, not named counts: 14 names would cost up to 170 of the 1,024 bytes);
   * absent when nobody has one. Keys written before allergens were asked for have none, and
   * may count the legacy codes in `d` (neededCounts reads them).
   */
  g?: number[];
  /** flags: 1 dietary notes, 2 accessibility needs, 4 comment (their text costs one get) */
  f: number;
  /** delegate's name */
  n?: string;
  r: string;
  s: StoredReply['source'];
  u: string;
  /** who the reply brings, as the seating plan tells them apart (attendingFingerprints) */
  w?: string[];
  /**
   * On `reply:{id}` only: how many versions the guest's history held once this one was written,
   * so the cap on versions costs no extra read. Absent on keys written before it was kept.
   */
  h?: number;
}

const bytesOf = (metadata: unknown) => new TextEncoder().encode(JSON.stringify(metadata)).length;

function shorten(value: string, length: number): string {
  const chars = [...value];
  return chars.length <= length ? value : `${chars.slice(0, Math.max(0, length - 1)).join('')}…`;
}

function assertMetadataSize<T>(metadata: T): T {
  const bytes = bytesOf(metadata);
  if (bytes > METADATA_LIMIT_BYTES) {
    throw new Error(`KV metadata of ${bytes} bytes exceeds ${METADATA_LIMIT_BYTES}`);
  }
  return metadata;
}

/** The metadata of `guest:{id}`: what the guest list shows without reading the record. */
export function guestSummary(guest: Guest): GuestSummary {
  const summary: GuestSummary = {
    n: guest.name,
    o: guest.organisation,
    c: guest.category,
    l: guest.language,
    k: guest.companions,
    v: guest.linkVersion,
    ...(guest.email ? { e: guest.email.toLowerCase() } : {}),
    ...(guest.withdrawn ? { w: 1 as const } : {}),
    ...(guest.country ? { y: guest.country } : {}),
    ...(guest.precedence ? { p: guest.precedence } : {}),
  };
  for (
    let length = [...summary.o].length;
    bytesOf(summary) > METADATA_LIMIT_BYTES && length > 0;
    length -= 10
  )
    summary.o = shorten(guest.organisation, length - 10);
  return assertMetadataSize(summary);
}

/**
 * The metadata of `reply:{id}` (with `versions`, the count of the guest's history) and of each
 * `history:` key (without): codes, flags, counts and a short name, asserted ≤ 1 KiB.
 */
export function replySummary(reply: StoredReply, versions?: number): ReplySummary {
  const main = reply.attending === 'delegate' ? reply.delegate : reply;
  const people = reply.attending === 'no' ? [] : [main, ...reply.companions];
  const dietary: Partial<Record<DietaryCode, number>> = {};
  const allergens = allergenCodes.map(() => 0);
  let flags = 0;
  for (const person of people) {
    for (const code of person?.dietary ?? []) dietary[code] = (dietary[code] ?? 0) + 1;
    for (const code of person?.allergens ?? []) {
      const index = allergenCodes.indexOf(code);
      allergens[index] = (allergens[index] ?? 0) + 1;
    }
    if (person?.dietaryNotes) flags |= 1;
    if (person?.accessibility) flags |= 2;
  }
  if (reply.comment) flags |= 4;
  return assertMetadataSize({
    a: reply.attending,
    c: reply.attending === 'no' ? 0 : reply.companions.length,
    d: dietary,
    ...(allergens.some(Boolean) ? { g: allergens } : {}),
    f: flags,
    ...(reply.delegate && reply.attending === 'delegate' ? { n: reply.delegate.name } : {}),
    ...(reply.attending === 'no' ? {} : { w: attendingFingerprints(reply) }),
    r: reply.reference,
    s: reply.source,
    u: reply.updatedAt,
    ...(versions === undefined ? {} : { h: versions }),
  });
}

/**
 * The dietary requirements and allergens a reply's metadata counts, by code: those of keys written
 * before allergens were asked for read as replies are (a "nut allergy" as peanuts and nuts).
 */
export function neededCounts(summary: Pick<ReplySummary, 'd' | 'g'>): {
  dietary: Partial<Record<DietaryCode, number>>;
  allergens: Partial<Record<AllergenCode, number>>;
} {
  const dietary: Partial<Record<DietaryCode, number>> = {};
  const allergens: Partial<Record<AllergenCode, number>> = {};
  const add = (code: AllergenCode, number: number) => {
    if (number > 0) allergens[code] = (allergens[code] ?? 0) + number;
  };
  allergenCodes.forEach((code, index) => add(code, summary.g?.[index] ?? 0));
  for (const [code, number] of Object.entries(summary.d)) {
    if (Object.hasOwn(legacyDietary, code))
      for (const allergen of legacyDietary[code] ?? []) add(allergen, number);
    else dietary[code as DietaryCode] = number;
  }
  return { dietary, allergens };
}
