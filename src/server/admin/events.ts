import type { Event } from '#schemas/event.ts';
import type { AppContext, SiteOrganiserContext } from '#server/context.ts';
import { mayOrganise } from '#server/dispatch.ts';
import type { EventSummary } from '#server/store/store.ts';
import type { EventListRow } from './views.ts';

/**
 * An event's counts from its list pages alone (2·⌈N/1000⌉ KV operations): guests invited (not
 * withdrawn), who replied, who attends (in person or by delegate).
 */
async function counts(ctx: AppContext): Promise<Omit<EventSummary, 'purgedAt'>> {
  const [guests, replies] = await Promise.all([ctx.store.allGuestSummaries(), ctx.store.allReplySummaries()]);
  const standing = new Set(guests.filter((item) => !item.summary.w).map((item) => item.id));
  const answered = replies.filter((item) => standing.has(item.id));
  return {
    invited: standing.size,
    replied: answered.length,
    attending: answered.filter((item) => item.summary.a !== 'no').length,
  };
}

/** Upcoming events first, soonest first; then past ones, latest first. */
function byRelevance(now: Date) {
  return (a: Event, b: Event) => {
    const [pastA, pastB] = [Date.parse(a.end) < now.getTime(), Date.parse(b.end) < now.getTime()];
    if (pastA !== pastB) return pastA ? 1 : -1;
    return pastA ? Date.parse(b.start) - Date.parse(a.start) : Date.parse(a.start) - Date.parse(b.start);
  };
}

/**
 * `GET /admin`: the events this organiser may see (with Cloudflare Access, an event may name its
 * organisers), upcoming first, each with its replies so far; an event whose personal data were
 * purged, with the counts kept when they were.
 */
export async function eventList(ctx: SiteOrganiserContext): Promise<EventListRow[]> {
  const visible = ctx.events
    .filter((event) => mayOrganise(ctx, event, ctx.session))
    .sort(byRelevance(ctx.now));
  return Promise.all(
    visible.map(async (event) => {
      const own = ctx.forEvent(event);
      const [live, kept] = await Promise.all([counts(own), own.store.getSummary()]);
      const purged = live.invited === 0 && kept !== null;
      return {
        event,
        deadline: own.deadline,
        past: Date.parse(event.end) < ctx.now.getTime(),
        ...(purged ? { invited: kept.invited, replied: kept.replied, attending: kept.attending } : live),
        purgedAt: purged ? kept.purgedAt : null,
      };
    }),
  );
}

/**
 * From the daily cron, once an event has ended: its counts, kept apart from the personal data
 * (which expire with their retention), so that the events list still shows them afterwards.
 */
export async function keepSummary(ctx: AppContext): Promise<void> {
  if (ctx.now.getTime() < Date.parse(ctx.event.end)) return;
  const live = await counts(ctx);
  if (live.invited === 0) return; // purged already: the summary kept before stays as it was
  await ctx.store.putSummary({ ...live, purgedAt: ctx.now.toISOString() });
}
