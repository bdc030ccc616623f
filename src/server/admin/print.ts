import type { AudienceCategory } from '#schemas/event.ts';
import { audienceCategories } from '#schemas/event.ts';
import type { Guest } from '#schemas/guest.ts';
import type { StoredReply } from '#schemas/reply.ts';
import type { AppContext } from '#server/context.ts';
import { diners, type Diner } from './catering.ts';
import { organiserGate } from './gate.ts';
import type { CurrentSession } from './session.ts';

export interface PrintRow {
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
  /** Guests whose invitation stands, by category in the letter's order, then by name. */
  groups: { category: AudienceCategory; rows: PrintRow[] }[];
}

/**
 * `GET /admin/print`: the guest list to print for the protocol desk: every invited guest with
 * their reply, who sits at the table and their needs. Withdrawn invitations are left out.
 */
export async function printList(request: Request, ctx: AppContext): Promise<Response | PrintView> {
  const session = await organiserGate(request, ctx, ['GET']);
  if (session instanceof Response) return session;
  const guests = (await ctx.store.allGuests()).filter((guest) => !guest.withdrawn);
  const replies = await ctx.store.getReplies(guests.map((guest) => guest.id));
  const rows = guests
    .map((guest) => {
      const reply = replies.get(guest.id) ?? null;
      return { guest, reply, table: reply ? diners(reply, guest.name) : [] };
    })
    .sort((a, b) => a.guest.name.localeCompare(b.guest.name, 'en'));
  return {
    organiser: session.name,
    session,
    generatedAt: ctx.now.toISOString(),
    groups: audienceCategories
      .map((category) => ({ category, rows: rows.filter((row) => row.guest.category === category) }))
      .filter((group) => group.rows.length > 0),
  };
}
