import { countryName } from '#i18n/countries.ts';
import { organisersLanguage, textsIn } from '#schemas/event.ts';
import type { PersonKey, Seat } from '#schemas/seating.ts';
import type { OrganiserContext } from '#server/context.ts';
import { attendees } from '#server/seating/people.ts';
import type { CardsView, PlaceCard } from './views.ts';

/** What a card may give beneath the name: nothing, the guest's position, or their country. */
export const beneathOptions = ['none', 'position', 'country', 'both'] as const;

/**
 * `GET /admin/{event}/cards[?beneath=position|country]`: the place cards to print, in the order of
 * the plan (table by table, seat by seat) where there is one, else in the order of precedence: the
 * name each person's reply gives for the card, in their own script; the host's and a named
 * co-host's cards at their tables; then a card for each table.
 */
export async function placeCards(request: Request, ctx: OrganiserContext): Promise<CardsView> {
  const asked = new URL(request.url).searchParams.get('beneath');
  const beneath = (beneathOptions as readonly string[]).includes(asked ?? '')
    ? (asked as CardsView['beneath'])
    : 'none';
  const [guests, plan] = await Promise.all([ctx.store.allGuests(), ctx.store.getSeating()]);
  const replies = await ctx.store.getReplies(guests.map((guest) => guest.id));
  const byId = new Map(guests.map((guest) => [guest.id, guest]));
  const people = attendees(ctx.event, guests, replies);
  const host = textsIn(ctx.event, organisersLanguage(ctx.event)).host;
  const seatOf = (key: PersonKey): Seat | undefined => {
    const placed = plan.seats[key];
    return placed ? { table: placed.table, seat: placed.seat } : undefined;
  };
  const cards: PlaceCard[] = people.map((person) => {
    const guest = byId.get(person.guestId);
    const country = guest?.country ? countryName(guest.country) : '';
    const position = beneath === 'position' || beneath === 'both' ? person.position : '';
    const under =
      person.role === 'companion' || !guest
        ? ''
        : [position, beneath === 'country' || beneath === 'both' ? country : ''].filter(Boolean).join(', ');
    const seat = seatOf(person.key);
    return { name: person.name, beneath: under, lang: guest?.language ?? 'en', ...(seat ? { seat } : {}) };
  });
  plan.tables.forEach((table, index) => {
    // The table's own host, else the event's (with its role beneath where positions are asked for).
    if (table.host)
      cards.push({
        name: table.hostName ?? host.name,
        beneath: !table.hostName && (beneath === 'position' || beneath === 'both') ? host.role : '',
        lang: organisersLanguage(ctx.event),
        seat: { table: index, seat: table.host },
      });
    if (table.coHost && table.coHostName)
      cards.push({
        name: table.coHostName,
        beneath: '',
        lang: organisersLanguage(ctx.event),
        seat: { table: index, seat: table.coHost },
      });
  });
  // Table by table, seat by seat; people without a seat after, in the order of precedence.
  const order = (card: PlaceCard) => (card.seat ? card.seat.table * 1000 + card.seat.seat : Infinity);
  cards.sort((x, y) => (order(x) === order(y) ? 0 : order(x) < order(y) ? -1 : 1));
  return {
    beneath,
    cards,
    tables: plan.tables.map((table) => table.name),
    session: ctx.session,
  };
}
