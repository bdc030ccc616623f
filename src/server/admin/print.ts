import type { OrganiserContext } from '#server/context.ts';
import { inProtocolOrder } from '#server/protocol/order.ts';
import { diners } from './diners.ts';
import type { PrintView } from './views.ts';

/**
 * `GET /admin/{event}/print`: the guest list to print for the protocol desk: every invited guest with
 * their reply, who attends and their needs, in the order of precedence (a delegate in the place of
 * the guest they replace), numbered, under their category's heading (a guest put before another
 * category by an explicit place gets a heading of their own). Withdrawn invitations are left out.
 */
export async function printList(ctx: OrganiserContext): Promise<PrintView> {
  const { session } = ctx;
  const guests = (await ctx.store.allGuests()).filter((guest) => !guest.withdrawn);
  const replies = await ctx.store.getReplies(guests.map((guest) => guest.id));
  const groups: PrintView['groups'] = [];
  inProtocolOrder(guests, (guest) => guest, ctx.event).forEach((guest, index) => {
    const reply = replies.get(guest.id) ?? null;
    const row = { place: index + 1, guest, reply, table: reply ? diners(reply, guest.name) : [] };
    const last = groups.at(-1);
    if (last?.category === guest.category) last.rows.push(row);
    else groups.push({ category: guest.category, rows: [row] });
  });
  return { organiser: session.name, session, generatedAt: ctx.now.toISOString(), groups };
}
