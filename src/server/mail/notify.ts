import type { Guest } from '#schemas/guest.ts';
import type { StoredReply } from '#schemas/reply.ts';
import type { AppContext } from '#server/context.ts';
import { replyNotice } from './notice.ts';
import { sendToMailbox } from './send.ts';

/**
 * Sends the notice of a web reply that was just stored to the event's mailbox. A failure loses
 * nothing: the reply is stored already, and the notice is kept for the daily retry and counted on
 * the dashboard. Our logs name no guest (docs/design.md: no names, e-mails or tokens in logs).
 */
export async function noticeReply(
  ctx: AppContext,
  guest: Guest,
  reply: StoredReply,
  previous: StoredReply | null,
  origin: string,
): Promise<void> {
  if (!ctx.mail) return;
  try {
    await sendToMailbox(ctx.mail, ctx.event, replyNotice(ctx.event, guest, reply, previous, origin));
  } catch (error) {
    console.error(`A reply notice could not be sent and waits for the daily retry: ${String(error)}`);
    await ctx.store.putPendingNotice(ctx.now, { guestId: guest.id, reference: reply.reference, origin });
  }
}

/** Notices sent again in one daily run: the run's KV operations are shared with the purge. */
export const RETRIES_PER_RUN = 50;

/**
 * The daily retry of notices that could not be sent: the latest of each guest only (an older one
 * is about a reply the guest has changed since: dropped), at most RETRIES_PER_RUN a run, each
 * rebuilt from what the store holds (the version it was about and the one before it) and sent;
 * sent ones are removed, failures stay (until their 30 days in the outbox end). A notice whose
 * guest or version was erased meanwhile is dropped. Its links are the configured site's.
 */
export async function retryPendingNotices(ctx: AppContext): Promise<{ sent: number; waiting: number }> {
  const mail = ctx.mail;
  if (!mail) return { sent: 0, waiting: 0 };
  let sent = 0;
  let waiting = 0;
  const pending = await ctx.store.pendingNotices();
  // Oldest first: a later notice of the same guest replaces an earlier one.
  const latest = new Map(pending.map((item) => [item.notice.guestId, item]));
  for (const item of pending)
    if (latest.get(item.notice.guestId) !== item) await ctx.store.deletePendingNotice(item.key);
  for (const { key, notice } of [...latest.values()].slice(0, RETRIES_PER_RUN)) {
    const guest = await ctx.store.getGuest(notice.guestId);
    const versions = guest ? await ctx.store.getHistory(guest.id) : [];
    const index = versions.findIndex((version) => version.reference === notice.reference);
    const reply = versions[index];
    if (!guest || !reply) {
      await ctx.store.deletePendingNotice(key);
      continue;
    }
    try {
      await sendToMailbox(
        mail,
        ctx.event,
        replyNotice(ctx.event, guest, reply, versions[index - 1] ?? null, ctx.settings.site),
      );
      await ctx.store.deletePendingNotice(key);
      sent++;
    } catch {
      waiting++;
    }
  }
  return { sent, waiting: waiting + Math.max(0, latest.size - RETRIES_PER_RUN) };
}
