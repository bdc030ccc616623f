import { describe, expect, it } from 'vitest';
import { textsIn } from '#schemas/event.ts';
import { replyNotice } from '#server/mail/notice.ts';
import { events } from '#tests/support/events.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';

/** The zone's offset at `iso` as Intl names it ("GMT+1"), written the site's way ("UTC+1"). */
function offsetAt(iso: string, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')?.value;
  return (name ?? '').replace('GMT', 'UTC').replace(/^UTC$/, 'UTC+0');
}

describe.each(events)('the time of a reply in the notice to the mailbox of $id', (event) => {
  it('names the zone’s offset at the time of the reply, not at the event (winter and summer)', () => {
    const year = new Date(event.start).getUTCFullYear();
    const guest = aGuest({ id: 'tz000001' }, event);
    const city = textsIn(event, 'en').city;
    for (const iso of [`${year}-01-15T11:00:00.000Z`, `${year}-07-15T11:00:00.000Z`]) {
      const notice = replyNotice(
        event,
        guest,
        aReply({ guestId: guest.id, updatedAt: iso }),
        null,
        'https://x.test',
      );
      const offset = offsetAt(iso, event.timeZone);
      expect(notice.text).toContain(`(${city} time, ${offset})`);
    }
  });
});
