import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { dashboard } from '#server/admin/dashboard.ts';
import { RETRIES_PER_RUN, retryPendingNotices } from '#server/mail/notify.ts';
import { MAX_ATTEMPTS } from '#server/store/mail.ts';
import { aReply } from '#tests/support/fixtures.ts';
import { createStore } from '#server/store/store.ts';
import {
  EVENT,
  OPEN_NOW,
  adminPost,
  context,
  invitedGuest,
  keys,
  rsvpRequest,
  settle,
  signIn,
} from './support.ts';
import { handleRsvp, resendNotices } from './through.ts';

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
    expect((await dashboard(ctx)).unsentNotices.waiting).toBe(0);
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
    const before = (await dashboard(failing)).unsentNotices.waiting;
    const answer = await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), failing);
    expect(answer.status).toBe(200);
    await settle();
    expect((await store().getReply(guest.id))?.attending).toBe('yes');
    expect((await dashboard(failing)).unsentNotices.waiting).toBe(before + 1);

    // The daily retry while the mailbox still fails: the notice waits.
    expect((await retryPendingNotices(failing)).sent).toBe(0);
    expect((await dashboard(failing)).unsentNotices.waiting).toBe(before + 1);

    // Once the mailbox works again, the retry sends it and the count drops.
    const mailbox = countingMailbox();
    const working = context(OPEN_NOW, { MAIL_FROM, MAILBOX: mailbox.binding });
    const result = await retryPendingNotices(working);
    expect(result.sent).toBeGreaterThanOrEqual(1);
    expect(mailbox.sent.length).toBe(result.sent);
    expect((await dashboard(working)).unsentNotices.waiting).toBe(0);
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
      });
    const capped = await retryPendingNotices(
      context(OPEN_NOW, { MAIL_FROM, MAILBOX: countingMailbox().binding }),
    );
    // Their guests do not exist: dropped, but only RETRIES_PER_RUN of them in this run.
    expect(capped.waiting).toBe(3);
    expect(await store().pendingNotices()).toHaveLength(3);
  });

  it('gives a notice MAX_ATTEMPTS daily runs, then keeps it as failed for a retry by hand from the dashboard', async () => {
    await retryPendingNotices(context(OPEN_NOW, { MAIL_FROM, MAILBOX: countingMailbox().binding }));
    const { guest, cookie } = await invitedGuest();
    const failing = context(OPEN_NOW, { MAIL_FROM, MAILBOX: failingMailbox });
    await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie }), failing);
    await settle();
    const tries = countingMailbox();
    const counting = {
      send: (message: EmailMessage) => (tries.sent.push(message), Promise.reject(new Error('down'))),
    };
    for (let run = 0; run < MAX_ATTEMPTS + 2; run++)
      await retryPendingNotices(context(OPEN_NOW, { MAIL_FROM, MAILBOX: counting }));
    // Tried on MAX_ATTEMPTS runs only, then left alone: still there, counted as failed.
    expect(tries.sent).toHaveLength(MAX_ATTEMPTS);
    const [waiting] = await store().pendingNotices();
    expect(waiting?.notice).toMatchObject({ guestId: guest.id, attempts: MAX_ATTEMPTS });
    expect((await dashboard(failing)).unsentNotices).toEqual({ waiting: 1, failed: 1 });

    // A notice kept before attempts were counted reads as not yet tried.
    await env.RSVPS.put(
      `${keys.outbox}2014-09-20T10:00:00.000Z:old`,
      JSON.stringify({ guestId: 'old', reference: 'R-AAAA-AAAA', origin: 'https://invitation.test' }),
    );
    expect(
      (await store().pendingNotices()).find((item) => item.notice.guestId === 'old')?.notice.attempts,
    ).toBe(0);

    // By hand, from the dashboard's button: sent though the daily run gave up on it.
    const mailbox = countingMailbox();
    const working = context(OPEN_NOW, { MAIL_FROM, MAILBOX: mailbox.binding });
    const path = `/admin/${EVENT.id}/notices`;
    const answer = (await resendNotices(adminPost(path, [], await signIn()), working)) as Response;
    expect(answer.status).toBe(303);
    expect(answer.headers.get('Location')).toBe(`/admin/${EVENT.id}?done=resent`);
    expect(mailbox.sent).toEqual([{ from: MAIL_FROM, to: EVENT.mailbox }]);
    expect((await dashboard(working)).unsentNotices).toEqual({ waiting: 0, failed: 0 });
  });

  it('sends the notices again only for a signed-in organiser, by POST from the site itself', async () => {
    const ctx = context(OPEN_NOW, { MAIL_FROM, MAILBOX: countingMailbox().binding });
    const path = `/admin/${EVENT.id}/notices`;
    const signedOut = (await resendNotices(adminPost(path, [], ''), ctx)) as Response;
    expect(signedOut.status).toBe(401);
    const cookie = await signIn();
    const crossSite = (await resendNotices(
      adminPost(path, [], cookie, { 'Sec-Fetch-Site': 'cross-site' }),
      ctx,
    )) as Response;
    expect(crossSite.status).toBe(403);
    const get = (await resendNotices(
      new Request(`https://invitation.test${path}`, { headers: { Cookie: cookie } }),
      ctx,
    )) as Response;
    expect(get.status).toBe(405);
  });

  it('tries the least tried first, so that notices past the first RETRIES_PER_RUN get their turn', async () => {
    await retryPendingNotices(context(OPEN_NOW, { MAIL_FROM, MAILBOX: countingMailbox().binding }));
    const count = RETRIES_PER_RUN + 3;
    for (let index = 0; index < count; index++) {
      const { guest } = await invitedGuest();
      const reply = aReply({ guestId: guest.id, reference: `R-FAIR-${String(index).padStart(4, '0')}` });
      await store().saveReply(reply);
      await store().putPendingNotice(new Date(OPEN_NOW.getTime() + index), {
        guestId: guest.id,
        reference: reply.reference,
      });
    }
    const down = context(OPEN_NOW, { MAIL_FROM, MAILBOX: failingMailbox });
    await retryPendingNotices(down);
    await retryPendingNotices(down);
    // After two runs every notice has been tried at least once.
    const attempts = (await store().pendingNotices()).map((item) => item.notice.attempts);
    expect(attempts).toHaveLength(count);
    expect(Math.min(...attempts)).toBeGreaterThanOrEqual(1);
    expect(attempts.reduce((sum, value) => sum + value, 0)).toBe(2 * RETRIES_PER_RUN);
    await retryPendingNotices(context(OPEN_NOW, { MAIL_FROM, MAILBOX: countingMailbox().binding }));
    await retryPendingNotices(context(OPEN_NOW, { MAIL_FROM, MAILBOX: countingMailbox().binding }));
  });
});
