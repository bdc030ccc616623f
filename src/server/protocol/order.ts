import { countryName } from '#i18n/countries.ts';
import { collator } from '#i18n/intl-cache.ts';
import { memberStatesOn, presidencyOn } from '#schemas/country.ts';
import { dateIn, type Event } from '#schemas/event.ts';

/** What places a guest in the order of precedence. */
export interface Ranked {
  id: string;
  name: string;
  category: string;
  country?: string | undefined;
  precedence?: number | undefined;
}

type ProtocolEvent = Pick<Event, 'categories' | 'protocol' | 'start' | 'timeZone'>;

/**
 * The order of the Member States for `event`: the EU protocol order of the Member States on the
 * event's date, the Presidency first where the event says so.
 */
export function memberStateOrder(event: ProtocolEvent): string[] {
  const date = dateIn(event.start, event.timeZone);
  const states = memberStatesOn(date);
  const first = event.protocol?.presidencyFirst
    ? (event.protocol.presidency ?? presidencyOn(date))
    : undefined;
  return first && states.includes(first) ? [first, ...states.filter((code) => code !== first)] : states;
}

/**
 * Compares two guests by the computed order of precedence: the event's categories in their order;
 * within one, Member States in the protocol order (memberStateOrder), then other countries by their
 * English name, then guests without a country; then by name and id.
 */
export function protocolComparator(event: ProtocolEvent): (a: Ranked, b: Ranked) => number {
  const category = new Map(event.categories.map((code, index) => [code, index]));
  const state = new Map(memberStateOrder(event).map((code, index) => [code, index]));
  const names = collator('en');
  const countryKey = (code: string | undefined): [number, number | string] =>
    code === undefined ? [2, ''] : state.has(code) ? [0, state.get(code) ?? 0] : [1, countryName(code)];
  return (a, b) => {
    const byCategory = (category.get(a.category) ?? Infinity) - (category.get(b.category) ?? Infinity);
    if (byCategory) return byCategory;
    const [groupA, placeA] = countryKey(a.country);
    const [groupB, placeB] = countryKey(b.country);
    if (groupA !== groupB) return groupA - groupB;
    const byCountry =
      typeof placeA === 'number' && typeof placeB === 'number'
        ? placeA - placeB
        : names.compare(String(placeA), String(placeB));
    return byCountry || names.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/**
 * `items` in the order of precedence: the computed order (protocolComparator), with each guest
 * who has an explicit `precedence` N put N-th (1 first; among several with the same N, in the
 * computed order; past the end of the list, last).
 */
export function inProtocolOrder<T>(
  items: readonly T[],
  rank: (item: T) => Ranked,
  event: ProtocolEvent,
): T[] {
  const compare = protocolComparator(event);
  const ranked = items.map((item) => ({ item, key: rank(item) }));
  const byComputed = (a: (typeof ranked)[number], b: (typeof ranked)[number]) => compare(a.key, b.key);
  const placed = ranked
    .filter(({ key }) => key.precedence !== undefined)
    .sort((a, b) => (a.key.precedence ?? 0) - (b.key.precedence ?? 0) || byComputed(a, b));
  const rest = ranked.filter(({ key }) => key.precedence === undefined).sort(byComputed);
  const order: T[] = [];
  let next = 0;
  for (const entry of placed) {
    // The computed guests before this one's place, then this one.
    while (order.length < (entry.key.precedence ?? 1) - 1 && next < rest.length) {
      order.push((rest[next++] as (typeof rest)[number]).item);
    }
    order.push(entry.item);
  }
  for (; next < rest.length; next++) order.push((rest[next] as (typeof rest)[number]).item);
  return order;
}
