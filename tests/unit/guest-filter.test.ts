import { describe, expect, it } from 'vitest';
import { filterGuests, guestQuery } from '#server/admin/guest-filter.ts';
import type { GuestRow } from '#server/admin/views.ts';

const row = (id: string, name: string, extra: Partial<GuestRow> = {}): GuestRow => ({
  id,
  name,
  organisation: 'Government',
  category: 'minister',
  language: 'en',
  email: '',
  reply: null,
  linkVersion: 1,
  withdrawn: false,
  ...extra,
});
const reply = (a: 'yes' | 'no' | 'delegate', u: string) => ({
  a,
  c: 0,
  d: {},
  f: 0,
  r: 'R-1',
  s: 'web' as const,
  u,
});
const rows = [
  row('a', 'Minister of Malta', { language: 'mt', reply: reply('yes', '2014-09-20T10:00:00Z') }),
  row('b', 'Minister of Austria', { language: 'de', reply: reply('no', '2014-09-22T10:00:00Z') }),
  row('c', 'Head of Policy', { category: 'industry', organisation: 'A social network' }),
  row('d', 'Coordinator', { category: 'coordinator', reply: reply('delegate', '2014-09-21T10:00:00Z') }),
  row('e', 'Former Minister', { withdrawn: true, reply: reply('yes', '2014-09-19T10:00:00Z') }),
];
const ids = (url: string) => filterGuests(rows, guestQuery(new URL(url, 'https://x.test'))).map((r) => r.id);

describe('the organisers’ guest list', () => {
  it('lists everyone by name by default', () => {
    expect(ids('/admin')).toEqual(['d', 'e', 'c', 'b', 'a']);
  });

  it('filters by status, category, language and text', () => {
    expect(ids('/admin?status=pending')).toEqual(['c']);
    expect(ids('/admin?status=yes')).toEqual(['a']);
    // A withdrawn invitation is listed under its own status, never under its old reply.
    expect(ids('/admin?status=withdrawn')).toEqual(['e']);
    expect(ids('/admin?category=industry')).toEqual(['c']);
    expect(ids('/admin?language=de')).toEqual(['b']);
    expect(ids('/admin?q=SOCIAL')).toEqual(['c']);
    expect(ids('/admin?q=minister&status=no')).toEqual(['b']);
  });

  it('sorts by last change (newest first), organisation or status', () => {
    expect(ids('/admin?sort=updated')).toEqual(['b', 'd', 'a', 'e', 'c']);
    expect(ids('/admin?sort=status').at(0)).toBe('d');
  });

  it('ignores unknown values rather than failing', () => {
    expect(ids('/admin?status=maybe&category=x&language=ru&sort=evil')).toEqual(['d', 'e', 'c', 'b', 'a']);
  });
});
