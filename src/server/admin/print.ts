import { collator } from '#i18n/intl-cache.ts';
import type { OrganiserContext } from '#server/context.ts';
import { diners } from './catering.ts';
import type { PrintView } from './views.ts';

/**
 * `GET /admin/{event}/print`: the guest list to print for the protocol desk: every invited guest with
 * their reply, who attends and their needs, by category in the event's order. Withdrawn
 * invitations are left out.
 */
export async function printList(ctx: OrganiserContext): Promise<PrintView> {
  const { session } = ctx;
  const guests = (await ctx.store.allGuests()).filter((guest) => !guest.withdrawn);
  const replies = await ctx.store.getReplies(guests.map((guest) => guest.id));
  const rows = guests
    .map((guest) => {
      const reply = replies.get(guest.id) ?? null;
      return { guest, reply, table: reply ? diners(reply, guest.name) : [] };
    })
    .sort((a, b) => collator('en').compare(a.guest.name, b.guest.name));
  return {
    organiser: session.name,
    session,
    generatedAt: ctx.now.toISOString(),
    groups: ctx.event.categories
      .map((category) => ({ category, rows: rows.filter((row) => row.guest.category === category) }))
      .filter((group) => group.rows.length > 0),
  };
}
