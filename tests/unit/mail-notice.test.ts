import { describe, expect, it } from 'vitest';
import { answerPhrase, replyNotice } from '#server/mail/notice.ts';
import { formatUtcOffset } from '#i18n/format.ts';
import { languages } from '#i18n/locales.ts';
import { zoneOffsetMinutes } from '#schemas/event.ts';
import { allParts, events, otherLanguage, withOptions } from '#tests/support/events.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';

const SITE = 'https://invitation.test';

/** The instant that is `hour`:00 on `day` `month` (1-based) of `year` in `timeZone`, as stored (UTC). */
function wallClock(year: number, month: number, day: number, hour: number, timeZone: string): string {
  const utc = Date.UTC(year, month - 1, day, hour);
  // The zone's offset at that time (the offset a few hours off is the same but at a change of time).
  return new Date(utc - zoneOffsetMinutes(new Date(utc), timeZone) * 60_000).toISOString();
}

// Every part of the reply on: the notice names each part of a reply, whatever the event asks for.
describe.each(events.map((shipped) => [shipped.id, withOptions(shipped, allParts)] as const))(
  'the notice of a web reply to the mailbox of %s',
  (_id, event) => {
    const guest = aGuest(
      {
        id: 'be01',
        name: 'Minister of the Interior of Belgium',
        organisation: 'Government of Belgium',
      },
      event,
    );

    it('names the guest as listed, the answer and the reference in the subject, in our words only', () => {
      const reply = aReply({
        guestId: guest.id,
        reference: 'R-269B-XM8W',
        companions: [{ name: 'Adviser' }],
      });
      expect(replyNotice(event, guest, reply, null, SITE).subject).toBe(
        'Reply R-269B-XM8W: Minister of the Interior of Belgium — attending, 1 companion',
      );
      expect(answerPhrase(aReply({ companions: [{ name: 'A' }, { name: 'B' }] }))).toBe(
        'attending, 2 companions',
      );
      expect(answerPhrase(aReply({ attending: 'no' }))).toBe('not attending');
      // A delegate's name is the guest's text: it could carry a forged instruction into the subject.
      const forged =
        'Jean) — ACTION REQUIRED: organiser password expires today, renew at https://evil.example';
      const delegate = aReply({ attending: 'delegate', delegate: { name: forged, position: 'S' } });
      expect(answerPhrase(delegate)).toBe('sending a delegate');
      const notice = replyNotice(event, guest, delegate, null, SITE);
      expect(notice.subject).not.toContain('ACTION');
      expect(notice.text).not.toContain('ACTION');
    });

    it('holds the answer, the people it brings and the guest’s page; nothing sensitive or written by the guest, never the personal link', () => {
      const reply = aReply({
        guestId: guest.id,
        attending: 'delegate',
        delegate: {
          name: 'Secretary of State',
          position: 'State Secretary',
          dietary: ['other'],
          dietaryNotes: 'No sesame',
        },
        companions: [
          { name: 'Adviser', position: 'Counsellor', dietary: ['vegan'], accessibility: 'Step-free' },
        ],
        placeCardName: 'H.E. the Secretary of State',
        respondent: { name: 'Private Office', email: 'office@interior.example', phone: '+32 2 500 2111' },
        comment: 'Arriving from Brussels. See https://evil.example/login',
        lang: otherLanguage(event),
      });
      const { text } = replyNotice(event, guest, reply, null, SITE);
      for (const fact of [
        'Government of Belgium',
        'Reference: R-7K3M-Q9TD',
        'Attendance: sending a delegate, 1 companion',
        'People expected from this reply: 2',
        `Language of the reply: ${languages[otherLanguage(event)]}`,
        // The guest's page among the organisers' pages of this event.
        `${SITE}/admin/${event.id}/guests/be01`,
      ]) {
        expect(text).toContain(fact);
      }
      for (const absent of [
        'Secretary of State',
        'No sesame',
        'Vegan',
        'Step-free',
        'H.E.',
        'Private Office',
        'office@interior.example',
        '+32 2 500 2111',
        'Arriving',
        'evil.example',
        'Adviser',
      ])
        expect(text, absent).not.toContain(absent);
      expect(text).not.toContain('/i/');
    });

    it('says what changed against the previous version, dated in the event’s time zone', () => {
      const year = new Date(event.start).getUTCFullYear();
      const previous = aReply({
        guestId: guest.id,
        reference: 'R-AAAA-AAAA',
        companions: [{ name: 'Adviser' }],
        // 12.00 on 20 September where the event takes place.
        updatedAt: wallClock(year, 9, 20, 12, event.timeZone),
      });
      const reply = aReply({
        guestId: guest.id,
        reference: 'R-BBBB-BBBB',
        attending: 'no',
        updatedAt: wallClock(year, 9, 21, 12, event.timeZone),
      });
      const notice = replyNotice(event, guest, reply, previous, SITE);
      expect(notice.subject).toBe(
        'Changed reply R-BBBB-BBBB: Minister of the Interior of Belgium — not attending',
      );
      // With the zone's offset at that instant (September: summer time where it applies).
      const offset = formatUtcOffset(previous.updatedAt, event.timeZone);
      expect(notice.text).toContain(
        `Changed since the previous reply (R-AAAA-AAAA of 20\u00A0September ${year}, 12.00 ${offset}):`,
      );
      // And at a time of the other half of the year, the other offset.
      const december = { ...previous, updatedAt: wallClock(year, 12, 1, 12, event.timeZone) };
      expect(replyNotice(event, guest, reply, december, SITE).text).toContain(
        `(R-AAAA-AAAA of 1\u00A0December ${year}, 12.00 ${formatUtcOffset(december.updatedAt, event.timeZone)}):`,
      );
      expect(notice.text).toContain('  Attendance: attending → not attending');
      // The other parts that changed are named, their content left on the guest's page.
      expect(notice.text).toMatch(/^ {2}Companion 1$/m);
      // The guest's own needs: one line that does not say which (a mention beside a name tells).
      expect(notice.text).toMatch(/^ {2}Dietary requirements or access needs \(see the guest’s page\)$/m);
      expect(notice.text).not.toMatch(/^ {2}Dietary requirements$/m);
      expect(notice.text).not.toContain('Adviser');
      expect(notice.text).not.toContain('Vegetarian');
    });
  },
);
