import type { Guest } from '#schemas/guest.ts';
import type { StoredReply } from '#schemas/reply.ts';
import type { AppContext } from '#server/context.ts';
import { MAX_ATTEMPTS } from '#server/store/mail.ts';
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
): Promise<void> {
  if (!ctx.mail) return;
  try {
    await sendToMailbox(
      ctx.mail,
      ctx.event,
      replyNotice(ctx.event, guest, reply, previous, ctx.settings.site),
    );
  } catch (error) {
    console.error(`A reply notice could not be sent and waits for the daily retry: ${String(error)}`);
    await ctx.store.putPendingNotice(ctx.now, { guestId: guest.id, reference: reply.reference });
  }
}

/**
 * Notices sent again in one run, and replaced ones deleted: the run's KV operations are shared
 * with the purge and the other events' mail.
 */
export const RETRIES_PER_RUN = 50;

/**
 * The retry of notices that could not be sent, daily or by hand from the dashboard: the latest of
 * each guest only (an older one is about a reply the guest has changed since: dropped), at most
 * RETRIES_PER_RUN a run, each rebuilt from what the store holds (the version it was about and the
 * one before it) and sent; sent ones are removed. A failure counts an attempt: the daily run gives
 * a notice MAX_ATTEMPTS tries, then leaves it to a retry `byHand` (until its 30 days in the outbox
 * end). A notice whose guest or version was erased meanwhile is dropped. Its links are the
 * configured site's.
 */
export async function retryPendingNotices(
  ctx: AppContext,
  { byHand = false } = {},
): Promise<{ sent: number; waiting: number }> {
  const mail = ctx.mail;
  if (!mail) return { sent: 0, waiting: 0 };
  let sent = 0;
  let dropped = 0;
  const pending = await ctx.store.pendingNotices();
  // Oldest first: a later notice of the same guest replaces an earlier one. The replaced are
  // deleted a bounded number a run too (the rest go in the next runs, or expire).
  const latest = new Map(pending.map((item) => [item.notice.guestId, item]));
  const replaced = pending.filter((item) => latest.get(item.notice.guestId) !== item);
  for (const item of replaced.slice(0, RETRIES_PER_RUN)) await ctx.store.deletePendingNotice(item.key);
  // The least tried first, so that a notice waiting behind others gets its turn (the sort keeps
  // the oldest first among equals).
  const due = [...latest.values()]
    .filter(({ notice }) => byHand || notice.attempts < MAX_ATTEMPTS)
    .sort((x, y) => x.notice.attempts - y.notice.attempts);
  for (const { key, notice } of due.slice(0, RETRIES_PER_RUN)) {
    const guest = await ctx.store.getGuest(notice.guestId);
    const versions = guest ? await ctx.store.getHistory(guest.id) : [];
    const index = versions.findIndex((version) => version.reference === notice.reference);
    const reply = versions[index];
    if (!guest || !reply) {
      await ctx.store.deletePendingNotice(key);
      dropped++;
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
      await ctx.store.failedAttempt(key, notice);
    }
  }
  return { sent, waiting: latest.size - sent - dropped };
}
