import { describe, expect, it } from 'vitest';
import { dashboard } from '#server/admin/dashboard.ts';
import { answersAt, digestText } from '#server/mail/digest.ts';
import { plainMessage } from '#server/mail/mime.ts';
import { limits } from '#schemas/text.ts';
import { aReply } from '#tests/support/fixtures.ts';
import { readStrictly } from '#tests/support/mail-rules.ts';
import { EVENT, context, eventStore, invitedGuest, openIso } from './support.ts';

describe('the daily digest', () => {
  it('shows a changed answer as the change since the last digest, and a reply first given since as it is', async () => {
    const store = eventStore();
    const { guest: changed } = await invitedGuest({ name: 'Digest Minister A' });
    const { guest: details } = await invitedGuest({ name: 'Digest Minister B' });
    const { guest: fresh } = await invitedGuest({ name: 'Digest Minister C' });
    // Before the last digest (hour 2): A attending, B attending.
    await store.saveReply(
      aReply({ guestId: changed.id, attending: 'yes', updatedAt: openIso(1), reference: 'R-AAAA-AAA1' }),
    );
    await store.saveReply(
      aReply({ guestId: details.id, attending: 'yes', updatedAt: openIso(1), reference: 'R-AAAA-AAA2' }),
    );
    const since = openIso(2);
    // Since: A cancels, B changes only details, C replies for the first time.
    await store.saveReply(
      aReply({
        guestId: changed.id,
        attending: 'no',
        dietary: [],
        updatedAt: openIso(3),
        reference: 'R-AAAA-AAA3',
      }),
    );
    await store.saveReply(
      aReply({
        guestId: details.id,
        attending: 'yes',
        dietary: ['vegan'],
        updatedAt: openIso(3),
        reference: 'R-AAAA-AAA4',
      }),
    );
    await store.saveReply(
      aReply({
        guestId: fresh.id,
        attending: 'no',
        dietary: [],
        updatedAt: openIso(3),
        reference: 'R-AAAA-AAA5',
      }),
    );

    const ctx = context();
    const data = await dashboard(ctx);
    const text = digestText(data, since, ctx, await answersAt(ctx, data, since)).text;
    const line = (name: string) => text.split('\n').find((row) => row.startsWith(`- ${name}:`)) ?? '';
    expect(line('Digest Minister A')).toMatch(
      /^- Digest Minister A: attending → not attending \(R-AAAA-AAA3, /,
    );
    expect(line('Digest Minister B')).toMatch(
      /^- Digest Minister B: attending, details changed \(R-AAAA-AAA4, /,
    );
    expect(line('Digest Minister C')).toMatch(/^- Digest Minister C: not attending \(R-AAAA-AAA5, /);
    expect(EVENT.id).toBe(ctx.event.id);
  });

  it('keeps dietary requirements off the mail: a link to the catering page, no counts beside the names', async () => {
    const store = eventStore();
    const { guest } = await invitedGuest({ name: 'Digest Minister D' });
    await store.saveReply(
      aReply({
        guestId: guest.id,
        attending: 'yes',
        dietary: ['kosher', 'other'],
        dietaryNotes: 'No sesame, severe',
        updatedAt: openIso(1),
      }),
    );
    const ctx = context();
    const text = digestText(await dashboard(ctx), null, ctx).text;
    expect(text).toContain('- Digest Minister D: attending');
    for (const sensitive of ['Kosher', 'Other', 'No sesame']) expect(text).not.toContain(sensitive);
    if (EVENT.options.dietary || EVENT.options.access)
      expect(text).toMatch(/on the catering page, https?:\/\/\S+\/catering$/m);
  });

  it('is mail every relay accepts at its largest: Greek names at their maximum, 100 replies and 50 names', async () => {
    const store = eventStore();
    const greek = (index: number) => `${index} ${'Υπουργός Εσωτερικών '.repeat(10)}`.slice(0, limits.name);
    for (let index = 0; index < 160; index++) {
      const { guest } = await invitedGuest({ name: greek(index), organisation: 'Ω'.repeat(limits.name) });
      if (index < 110)
        await store.saveReply(aReply({ guestId: guest.id, attending: 'yes', updatedAt: openIso(1) }));
    }
    const ctx = context();
    const digest = digestText(await dashboard(ctx), null, ctx);
    expect(digest.text).toContain(greek(0));
    const raw = plainMessage({
      from: { name: 'Répondez', address: 'replies@invitation.test' },
      to: EVENT.mailbox,
      subject: digest.subject,
      text: digest.text,
    });
    const read = await readStrictly(raw);
    expect(read.subject).toBe(digest.subject);
    expect(read.text).toBe(digest.text);
  });
});
