import { describe, expect, it } from 'vitest';
import { filterGuests, guestQuery } from '#server/admin/guest-filter.ts';
import type { GuestRow } from '#server/admin/views.ts';
import { locales } from '#i18n/locales.ts';
import type { Event } from '#schemas/event.ts';
import { events } from '#tests/support/events.ts';

const reply = (a: 'yes' | 'no' | 'delegate', u: string) => ({
  a,
  c: 0,
  d: {},
  f: 0,
  r: 'R-1',
  s: 'web' as const,
  u,
});

/**
 * Five guests of `event`, in its own categories and languages: a and b in languages of their own,
 * c and d in categories of their own (where the event has that many).
 */
function guestRows(event: Event): GuestRow[] {
  const { categories, languages } = event;
  const category = (index: number) => categories[index % categories.length] ?? '';
  const language = (index: number) => languages[index % languages.length] ?? event.original;
  const row = (id: string, name: string, extra: Partial<GuestRow> = {}): GuestRow => ({
    id,
    name,
    organisation: 'Government',
    category: category(0),
    language: language(0),
    email: '',
    reply: null,
    linkVersion: 1,
    withdrawn: false,
    ...extra,
  });
  return [
    row('a', 'Minister of Malta', { language: language(1), reply: reply('yes', '2014-09-20T10:00:00Z') }),
    row('b', 'Minister of Austria', { language: language(2), reply: reply('no', '2014-09-22T10:00:00Z') }),
    row('c', 'Head of Policy', { category: category(2), organisation: 'A social network' }),
    row('d', 'Coordinator', { category: category(1), reply: reply('delegate', '2014-09-21T10:00:00Z') }),
    row('e', 'Former Minister', { withdrawn: true, reply: reply('yes', '2014-09-19T10:00:00Z') }),
  ];
}

/** The rows' ids by name: what the list shows without a filter. */
const byName = ['d', 'e', 'c', 'b', 'a'];

describe.each(events.map((event) => [event.id, event] as const))(
  'the organisers’ guest list of %s',
  (_id, event) => {
    const rows = guestRows(event);
    const ids = (url: string) =>
      filterGuests(rows, guestQuery(new URL(url, 'https://x.test'), event), event).map((r) => r.id);
    /** The ids, by name, of the rows that have `value` in `field`. */
    const having = (field: 'category' | 'language', value: string) =>
      byName.filter((id) => rows.find((row) => row.id === id)?.[field] === value);

    it('lists everyone by name by default', () => {
      expect(ids('/admin')).toEqual(byName);
    });

    it('filters by status, category, language and text', () => {
      expect(ids('/admin?status=pending')).toEqual(['c']);
      expect(ids('/admin?status=yes')).toEqual(['a']);
      // A withdrawn invitation is listed under its own status, never under its old reply.
      expect(ids('/admin?status=withdrawn')).toEqual(['e']);
      expect(ids('/admin?q=SOCIAL')).toEqual(['c']);
      expect(ids('/admin?q=minister&status=no')).toEqual(['b']);
      for (const category of event.categories) {
        expect(ids(`/admin?category=${category}`), category).toEqual(having('category', category));
      }
      for (const language of event.languages) {
        expect(ids(`/admin?language=${language}`), language).toEqual(having('language', language));
      }
    });

    it('filters each category and language apart, where the event has several', () => {
      const c = rows[2]?.category ?? '';
      if (event.categories.length >= 3) expect(ids(`/admin?category=${c}`)).toEqual(['c']);
      const b = rows[1]?.language ?? '';
      if (event.languages.length >= 3) expect(ids(`/admin?language=${b}`)).toEqual(['b']);
    });

    it('sorts by last change (newest first), organisation or status', () => {
      expect(ids('/admin?sort=updated')).toEqual(['b', 'd', 'a', 'e', 'c']);
      expect(ids('/admin?sort=status').at(0)).toBe('d');
    });

    it('ignores unknown values rather than failing', () => {
      expect(ids('/admin?status=maybe&category=x&language=ru&sort=evil')).toEqual(byName);
    });

    it('ignores a category or a language that is not the event’s, even one of another event', () => {
      const others = events
        .flatMap((item) => item.categories)
        .filter((code) => !event.categories.includes(code));
      for (const category of ['nosuchcategory', ...others]) {
        expect(guestQuery(new URL(`/admin?category=${category}`, 'https://x.test'), event).category).toBe(
          'all',
        );
        expect(ids(`/admin?category=${category}`), category).toEqual(byName);
      }
      for (const language of locales.filter((lang) => !event.languages.includes(lang))) {
        expect(guestQuery(new URL(`/admin?language=${language}`, 'https://x.test'), event).language).toBe(
          'all',
        );
        expect(ids(`/admin?language=${language}`), language).toEqual(byName);
      }
    });
  },
);
