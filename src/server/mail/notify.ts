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

/**
 * The daily retry of notices that could not be sent: each is rebuilt from what the store holds
 * (the version it was about and the one before it) and sent; sent ones are removed, failures
 * stay. A notice whose guest or version was erased meanwhile is dropped.
 */
export async function retryPendingNotices(ctx: AppContext): Promise<{ sent: number; waiting: number }> {
  const mail = ctx.mail;
  if (!mail) return { sent: 0, waiting: 0 };
  let sent = 0;
  let waiting = 0;
  for (const { key, notice } of await ctx.store.pendingNotices()) {
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
        replyNotice(ctx.event, guest, reply, versions[index - 1] ?? null, notice.origin),
      );
      await ctx.store.deletePendingNotice(key);
      sent++;
    } catch {
      waiting++;
    }
  }
  return { sent, waiting };
}
