import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { dashboard } from '#server/admin/dashboard.ts';
import { RETRIES_PER_RUN, retryPendingNotices } from '#server/mail/notify.ts';
import { createStore } from '#server/store/store.ts';
import { EVENT, OPEN_NOW, context, invitedGuest, rsvpRequest, settle } from './support.ts';
import { handleRsvp } from './through.ts';

const MAIL_FROM = 'replies@invitation.test';
const store = () => createStore(env.RSVPS, EVENT);

/** The real local send_email binding, with every message handed to it counted. */
function countingMailbox() {
  const sent: { from: string; to: string }[] = [];
  const binding: SendEmail = {
    async send(message: EmailMessage) {
      sent.push({ from: message.from, to: message.to });
      return env.MAILBOX.send(message);
    },
  } as SendEmail;
  return { sent, binding };
}

/** A mailbox whose sending fails, as when Email Routing refuses or is unreachable. */
const failingMailbox = {
  send: () => Promise.reject(new Error('Email Routing is unavailable')),
} as unknown as SendEmail;

describe('notices of web replies to the event’s mailbox', () => {
  it('sends exactly one notice to the mailbox for a web reply, after storing it', async () => {
    const { guest, cookie } = await invitedGuest();
    const mailbox = countingMailbox();
    const ctx = context(OPEN_NOW, { MAIL_FROM, MAILBOX: mailbox.binding });
    const answer = await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), ctx);
    expect(answer.status).toBe(200);
    expect(await store().getReply(guest.id)).not.toBeNull();
    await settle();
    expect(mailbox.sent).toEqual([{ from: MAIL_FROM, to: EVENT.mailbox }]);
    expect((await dashboard(ctx)).unsentNotices).toBe(0);
  });

  it('sends nothing for a repeated submission (same submissionId)', async () => {
    const { cookie } = await invitedGuest();
    const mailbox = countingMailbox();
    const ctx = context(OPEN_NOW, { MAIL_FROM, MAILBOX: mailbox.binding });
    const body = { attending: 'no', submissionId: 'repeat-0001' };
    await handleRsvp(rsvpRequest(body, { cookie }), ctx);
    await settle();
    await handleRsvp(rsvpRequest(body, { cookie }), ctx);
    await settle();
    expect(mailbox.sent).toHaveLength(1);
  });

  it('sends nothing when MAIL_FROM is not set', async () => {
    const { cookie } = await invitedGuest();
    const mailbox = countingMailbox();
    const ctx = context(OPEN_NOW, { MAIL_FROM: '', MAILBOX: mailbox.binding });
    expect((await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), ctx)).status).toBe(200);
    await settle();
    expect(mailbox.sent).toEqual([]);
  });

  it('stores the reply (200) when the mail fails, counts the notice on the dashboard, and the retry sends it', async () => {
    const { guest, cookie } = await invitedGuest();
    const failing = context(OPEN_NOW, { MAIL_FROM, MAILBOX: failingMailbox });
    const before = (await dashboard(failing)).unsentNotices;
    const answer = await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), failing);
    expect(answer.status).toBe(200);
    await settle();
    expect((await store().getReply(guest.id))?.attending).toBe('yes');
    expect((await dashboard(failing)).unsentNotices).toBe(before + 1);

    // The daily retry while the mailbox still fails: the notice waits.
    expect((await retryPendingNotices(failing)).sent).toBe(0);
    expect((await dashboard(failing)).unsentNotices).toBe(before + 1);

    // Once the mailbox works again, the retry sends it and the count drops.
    const mailbox = countingMailbox();
    const working = context(OPEN_NOW, { MAIL_FROM, MAILBOX: mailbox.binding });
    const result = await retryPendingNotices(working);
    expect(result.sent).toBeGreaterThanOrEqual(1);
    expect(mailbox.sent.length).toBe(result.sent);
    expect((await dashboard(working)).unsentNotices).toBe(0);
  });

  it('retries only the latest waiting notice of each guest, and at most RETRIES_PER_RUN a run', async () => {
    // Clear what earlier tests left waiting.
    await retryPendingNotices(context(OPEN_NOW, { MAIL_FROM, MAILBOX: countingMailbox().binding }));
    const { guest, cookie } = await invitedGuest();
    for (const [index, attending] of (['yes', 'no', 'yes'] as const).entries()) {
      const at = new Date(OPEN_NOW.getTime() + index * 60_000);
      const answer = await handleRsvp(
        rsvpRequest({ attending }, { cookie }),
        context(at, { MAIL_FROM, MAILBOX: failingMailbox }),
      );
      expect(answer.status).toBe(200);
      await settle();
    }
    expect((await store().pendingNotices()).filter((item) => item.notice.guestId === guest.id)).toHaveLength(
      3,
    );
    const mailbox = countingMailbox();
    const result = await retryPendingNotices(context(OPEN_NOW, { MAIL_FROM, MAILBOX: mailbox.binding }));
    // One notice, about the current reply; the two older ones are dropped.
    expect(result).toEqual({ sent: 1, waiting: 0 });
    expect(mailbox.sent).toHaveLength(1);
    expect(await store().pendingNotices()).toEqual([]);

    // Many guests waiting: one run sends RETRIES_PER_RUN, the rest wait for the next day.
    for (let index = 0; index < RETRIES_PER_RUN + 3; index++)
      await store().putPendingNotice(new Date(OPEN_NOW.getTime() + index), {
        guestId: `missing${index}`,
        reference: 'R-AAAA-AAAA',
        origin: 'https://invitation.test',
      });
    const capped = await retryPendingNotices(
      context(OPEN_NOW, { MAIL_FROM, MAILBOX: countingMailbox().binding }),
    );
    // Their guests do not exist: dropped, but only RETRIES_PER_RUN of them in this run.
    expect(capped.waiting).toBe(3);
    expect(await store().pendingNotices()).toHaveLength(3);
  });
});
