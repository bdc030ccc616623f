import { countryName } from '#i18n/countries.ts';
import { collator } from '#i18n/intl-cache.ts';
import type { CategoryCode, Event } from '#schemas/event.ts';
import { isLocale, type Locale } from '#i18n/locales.ts';
import { inProtocolOrder } from '#server/protocol/order.ts';
import type { GuestRow } from './views.ts';

export const statuses = ['all', 'yes', 'no', 'delegate', 'pending', 'withdrawn'] as const;
export const sorts = ['name', 'protocol', 'organisation', 'updated', 'status'] as const;

export interface GuestQuery {
  status: (typeof statuses)[number];
  category: CategoryCode | 'all';
  language: Locale | 'all';
  text: string;
  sort: (typeof sorts)[number];
  /** 1-based page of the list (PAGE_SIZE rows each). */
  page: number;
  /** 1-based page of the chase list (CHASE_PAGE_SIZE rows each). */
  chase: number;
}

/** Rows on one page of the guest list: a laptop screen's worth of scrolling, not thousands. */
export const PAGE_SIZE = 100;
/** Rows on one page of the chase list, each with a reminder to write (a `mailto:` of up to 2,000 characters). */
export const CHASE_PAGE_SIZE = 50;

const pick = <T extends string>(value: string | null, options: readonly T[], fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/**
 * The guest list's filters and order from the dashboard's query string (a GET: it changes
 * nothing), among the event's categories and languages.
 */
export function guestQuery(url: URL, event: Pick<Event, 'categories' | 'languages'>): GuestQuery {
  const params = url.searchParams;
  const language = params.get('language') ?? '';
  return {
    status: pick(params.get('status'), statuses, 'all'),
    category: pick(params.get('category'), ['all', ...event.categories], 'all'),
    language: isLocale(language) && event.languages.includes(language) ? language : 'all',
    text: (params.get('q') ?? '').trim().slice(0, 100),
    sort: pick(params.get('sort'), sorts, 'name'),
    page: pageNumber(params.get('page')),
    chase: pageNumber(params.get('chase')),
  };
}

const pageNumber = (value: string | null) =>
  Math.max(1, Math.min(10_000, Number.parseInt(value ?? '1', 10) || 1));

/** One page of `rows` (the last page when `page` is past it), with the page count. */
export function pageOf<T>(
  rows: T[],
  page: number,
  size = PAGE_SIZE,
): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(page, pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages };
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one, with
 * null where pages are left out.
 * @example pageWindow(50, 100) // [1, null, 48, 49, 50, 51, 52, null, 100]
 */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((to) => to >= 1 && to <= pages)
    .sort((x, y) => x - y);
  return shown.flatMap((to, index) => (index > 0 && to - (shown[index - 1] ?? 0) > 1 ? [null, to] : [to]));
}

/**
 * The dashboard's address (`base`) for `query` with other values: filters and the other list's
 * page kept, defaults left out, at the list the link moves (`anchor`).
 */
export function queryHref(
  base: string,
  query: GuestQuery,
  changes: Partial<GuestQuery>,
  anchor = 'guests-heading',
): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.status !== 'all') params.set('status', next.status);
  if (next.category !== 'all') params.set('category', next.category);
  if (next.language !== 'all') params.set('language', next.language);
  if (next.text) params.set('q', next.text);
  if (next.sort !== 'name') params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  if (next.chase > 1) params.set('chase', String(next.chase));
  const search = params.toString();
  return `${base}${search ? `?${search}` : ''}#${anchor}`;
}

/** What the list shows for a guest: their reply, no reply yet, or a withdrawn invitation. */
export function status(row: GuestRow): Exclude<GuestQuery['status'], 'all'> {
  return row.withdrawn ? 'withdrawn' : (row.reply?.a ?? 'pending');
}

/** The rows that match the query (by name, organisation, delegate or country), in its order. */
export function filterGuests(
  rows: GuestRow[],
  query: GuestQuery,
  event: Pick<Event, 'categories' | 'protocol' | 'start' | 'timeZone'>,
): GuestRow[] {
  const needle = query.text.toLocaleLowerCase();
  const matching = rows.filter(
    (row) =>
      (query.status === 'all' || status(row) === query.status) &&
      (query.category === 'all' || row.category === query.category) &&
      (query.language === 'all' || row.language === query.language) &&
      (!needle ||
        `${row.name} ${row.organisation} ${row.reply?.n ?? ''} ${row.country ? countryName(row.country) : ''}`
          .toLocaleLowerCase()
          .includes(needle)),
  );
  if (query.sort === 'protocol') return inProtocolOrder(matching, (row) => row, event);
  const key = (row: GuestRow) =>
    query.sort === 'organisation'
      ? row.organisation
      : query.sort === 'updated'
        ? (row.reply?.u ?? '')
        : query.sort === 'status'
          ? status(row)
          : row.name;
  return matching.sort((a, b) =>
    query.sort === 'updated' ? key(b).localeCompare(key(a)) : collator('en').compare(key(a), key(b)),
  );
}
