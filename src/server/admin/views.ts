import type { ReplyChange } from '#server/mail/notice.ts';
import type { Diner } from './diners.ts';
/**
 * What the organisers' pages show, as the handlers decide it and the components render it. Types
 * only: components import them without importing the handlers.
 */
import type { Locale } from '#i18n/locales.ts';
import type { CategoryCode, Event } from '#schemas/event.ts';
import type { FieldErrors } from '#schemas/field-errors.ts';
import type { Guest } from '#schemas/guest.ts';
import type { AllergenCode, DietaryCode, StoredReply } from '#schemas/reply.ts';
import type { CsvProblem, ImportResult } from '#server/guest-list/guest-import.ts';
import type { FormValues } from '#server/http/body.ts';
import type { ErrorCode } from '#server/http/errors.ts';
import type { SeatingPlan } from '#schemas/seating.ts';
import type { PlanState } from '#server/seating/marks.ts';
import type { Attendee } from '#server/seating/people.ts';
import type { Arrival, ReplySummary, SeatingVersion } from '#server/store/store.ts';
import type { CurrentSession } from './session.ts';

/** What the sign-in page shows: empty, after a failed attempt, or to a request that needed a session. */
export interface LoginView {
  status: number;
  name: string;
  errors: FieldErrors;
  /** The refusal's code when it was not the form's content (method, origin, size, type). */
  code?: ErrorCode;
  /** Where the organiser goes once signed in: a path under /admin (`safeReturn`). */
  returnTo: string;
  /** A form sent while signed out (urlencoded, as sent), shown again once signed in; nothing written. */
  kept: string | null;
  /** Another organisers' page was refused for want of a session: the page says the session ended. */
  ended?: boolean;
  /** The form sent could not be kept (too large to carry through the sign-in): the page says so. */
  lost?: boolean;
  /** A file was being uploaded (nothing imported; it must be chosen again): the page says so. */
  upload?: boolean;
  /** The form that could not be kept, as sent (urlencoded): the page gives it as text to copy. */
  lostForm?: string;
  /** That text, as the sign-in form sent it back after a failed attempt. */
  lostText?: string;
  /** A door session asked for an organisers' page: the page says it needs the organisers' password. */
  doorOnly?: boolean;
}

/** The import's answer: what was imported, or every problem of the file (nothing imported). */
export type ImportView = { status: number; result?: ImportResult; problems?: CsvProblem[] };

export interface PrintRow {
  /** The guest's place in the order of precedence (1 first). */
  place: number;
  guest: Guest;
  reply: StoredReply | null;
  /** Who sits at the table for this guest (the guest or their delegate, then companions). */
  table: Diner[];
}

export interface PrintView {
  organiser: string;
  /** The organiser's session, for the idle warning. */
  session: CurrentSession;
  generatedAt: string;
  /** Guests whose invitation stands in the order of precedence, in runs of one category each. */
  groups: { category: CategoryCode; rows: PrintRow[] }[];
}

export interface CateringView {
  /** For each dietary requirement, who has it. */
  byCode: Partial<Record<DietaryCode, Diner[]>>;
  /** Everyone with notes or access needs, for the kitchen and the venue. */
  details: Diner[];
  /**
   * Everyone with a food allergy, with their seat where the seating plan gives one: those with a
   * severe allergy first, then table by table and seat by seat, then those without a seat by name.
   */
  allergies: { diner: Diner; seat?: { table: string; seat: number } }[];
  /** For each allergen, how many people have it, and of them how many severely. */
  byAllergen: Partial<Record<AllergenCode, { people: number; severe: number }>>;
  /** People with a severe allergy (one or more). */
  severe: number;
  /**
   * Each table of the seating plan as the kitchen plates it: its covers (hosts included) and, seat
   * by seat, whoever eats specially.
   */
  tables: { name: string; covers: number; hosts: number; specials: { seat: number; diner: Diner }[] }[];
  /** People expected who have no seat yet (the tables' covers leave them out). */
  unseated: number;
  /** Of them, those served differently, by name: on no table's sheet. */
  unseatedSpecials: Diner[];
  /** The seating plan's version the tables are read from (0: no plan). */
  planVersion: number;
  /** People expected at table (attending guests or delegates, and their companions), with the hosts the seating plan seats. */
  covers: number;
  /** Of them, the hosts and co-hosts of the seating plan's tables. */
  hosts: number;
  /** Of them, people with a dietary requirement or a food allergy (one or more, or notes): the rest eat the standard meal. */
  special: number;
}

export interface GuestRow {
  id: string;
  name: string;
  organisation: string;
  category: CategoryCode;
  language: Locale;
  /** The country the guest represents, for the protocol order. */
  country?: string;
  /** The guest's explicit place in the order of precedence. */
  precedence?: number;
  /** The guest's e-mail address (lower case), '' when the list has none. */
  email: string;
  reply: ReplySummary | null;
  /** Link version of the guest's personal link. */
  linkVersion: number;
  /** The invitation was withdrawn: listed, but counted nowhere and not chased. */
  withdrawn: boolean;
}

export interface PendingRow extends GuestRow {
  /** The personal link's path (`/i/…`), for the chase list. */
  link: string;
}

export interface Counts {
  invited: number;
  yes: number;
  no: number;
  delegate: number;
  pending: number;
  companions: number;
  /** Seats at table: each guest or delegate who attends, and their companions. */
  covers: number;
}

export interface DashboardView {
  counts: Counts;
  byCategory: Partial<Record<CategoryCode, Counts>>;
  byLanguage: Partial<Record<Locale, Counts>>;
  dietary: Partial<Record<DietaryCode, number>>;
  /** People with each food allergy, counted like the dietary requirements. */
  allergens: Partial<Record<AllergenCode, number>>;
  guests: GuestRow[];
  /** One page of the chase list (guests still to reply, by name), each with their personal link. */
  pending: PendingRow[];
  /** All guests still to reply, and the chase list's page shown and page count. */
  chase: { total: number; page: number; pages: number };
  /** Guests whose invitation was withdrawn (outside every other count). */
  withdrawn: number;
  /**
   * Notices to the mailbox that could not be sent yet: `waiting` in all, of which `failed` the
   * daily run no longer tries (a retry by hand does).
   */
  unsentNotices: { waiting: number; failed: number };
  /**
   * Where a seating plan exists: seated guests whose reply changed since (or who no longer attend),
   * and people expected without a seat.
   */
  seating: { changed: number; unseated: number } | null;
  /** On the evening itself (isDoorDay): how many people the door has ticked as arrived; else null. */
  arrived: number | null;
}

/** The add-a-guest page: the form again with its values and errors, or empty. */
export interface NewGuestView {
  status: number;
  values: FormValues;
  errors: FieldErrors;
  /** The values are those of a form sent when the session had ended, shown again after sign-in. */
  kept?: true;
  /** The organiser's session, for the idle warning. */
  session: CurrentSession;
}

export interface GuestPageView {
  status: number;
  guest: Guest;
  link: string;
  reply: StoredReply | null;
  /** Every version, newest first, each with what it changed against the one before (none for the first). */
  history: (StoredReply & { changes: ReplyChange[] | null })[];
  /**
   * The record and erase forms' values and errors: the record form starts from the current
   * reply, so recording changes only what the organiser changes.
   */
  values: FormValues;
  errors: FieldErrors;
  /** The reference of the reply the record form started from ('' for none). */
  basis: string;
  /** The reply changed after the record form was opened: nothing was recorded. */
  conflict?: true;
  /** The details form's values (the guest's, until a sent form is shown again) and errors. */
  details: FormValues;
  detailErrors: FieldErrors;
  notice?: Notice;
  /** When the guest's data will be deleted (ISO), if an expiration is set. */
  deletion: string | null;
  /** The erase form's value (the id typed to confirm), when the form is shown again. */
  eraseValue: string;
  /** The form the organiser sent when their session had ended, shown again after the sign-in. */
  kept?: GuestAction;
  /** The organiser's session, for the idle warning. */
  session: CurrentSession;
}

/** The forms of a guest's page, each of which a session that had ended keeps through the sign-in. */
export type GuestAction = 'record' | 'edit' | 'erase' | 'reissue' | 'withdraw' | 'reinstate';

/** What a guest's page says was just done (`?done=`). */
export type Notice = 'recorded' | 'reissued' | 'added' | 'edited' | 'withdrawn' | 'reinstated' | 'erasing';

/** The seating page's forms, by their `action`. */
export type SeatingAction = 'add-table' | 'remove-table' | 'propose' | 'move' | 'unseat' | 'accept';

/** The seating page: the plan, everyone expected, what changed since seating, and the plan's versions. */
export interface SeatingView {
  status: number;
  plan: SeatingPlan;
  /** Everyone expected, in the order of precedence. */
  people: Attendee[];
  state: PlanState;
  versions: SeatingVersion[];
  /** The form sent, shown again with its errors (the action says which form). */
  action?: SeatingAction;
  values: FormValues;
  errors: FieldErrors;
  /** The plan changed after the page was opened: nothing was changed. */
  conflict?: true;
  notice?: 'tables' | 'proposed' | 'moved' | 'swapped' | 'unseated' | 'accepted';
  session: CurrentSession;
}

export type { Diner };

/** One place card: the name in the person's own script, what is written beneath, where they sit. */
export interface PlaceCard {
  name: string;
  beneath: string;
  /** The language of the person's guest list entry, for the card's `lang`. */
  lang: Locale;
  seat?: { table: number; seat: number };
}

/** The place cards and table cards to print. */
export interface CardsView {
  beneath: 'none' | 'position' | 'country' | 'both';
  cards: PlaceCard[];
  /** Each table's name, for its table card and the seat a place card gives. */
  tables: string[];
  session: CurrentSession;
}

/** One person on the door list. */
export interface DoorRow {
  person: Attendee;
  /** The country they represent, by name ('' for none). */
  country: string;
  organisation: string;
  /** Their table's name in the seating plan, null without a seat. */
  table: string | null;
  arrival: Arrival | null;
  /** What a search looks in: names, country, organisation (lower case, without accents). */
  search: string;
}

/** The door list: everyone expected (those a search found), the counts of all, and what was just done. */
export interface DoorView {
  status: number;
  rows: DoorRow[];
  /** The search, as typed ('' for none). */
  text: string;
  counts: { total: number; arrived: number; expected: number };
  notice?: { done: 'arrived' | 'undone'; name: string };
  session: CurrentSession;
}

/** One event on the organisers' list of events. */
export interface EventListRow {
  event: Event;
  /** The deadline in force. */
  deadline: Date;
  /** The event has ended. */
  past: boolean;
  invited: number;
  replied: number;
  attending: number;
  /** When the counts were kept, for an event whose personal data were purged since (else null). */
  purgedAt: string | null;
}
