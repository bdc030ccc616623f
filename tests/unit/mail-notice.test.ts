import { describe, expect, it } from 'vitest';
import { answerPhrase, replyNotice } from '#server/mail/notice.ts';
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

    it('names the guest, the answer and the reference in the subject', () => {
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
      expect(
        answerPhrase(aReply({ attending: 'delegate', delegate: { name: 'State Secretary', position: 'S' } })),
      ).toBe('sending a delegate (State Secretary)');
    });

    it('has every field of the reply and the guest’s page for organisers, never the personal link', () => {
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
        comment: 'Arriving from Brussels.\nSecond line.',
        lang: otherLanguage(event),
      });
      const { text } = replyNotice(event, guest, reply, null, SITE);
      for (const fact of [
        'Government of Belgium',
        'Reference: R-7K3M-Q9TD',
        'Delegate: Secretary of State, State Secretary; No sesame',
        'Place card: H.E. the Secretary of State',
        'Dietary requirements: No sesame',
        'Companion 1: Adviser, Counsellor; Vegan; access: Step-free',
        'Replied by: Private Office, office@interior.example, +32 2 500 2111',
        'Message: Arriving from Brussels.\n    Second line.',
        `Language of the reply: ${languages[otherLanguage(event)]}`,
        // The guest's page among the organisers' pages of this event.
        `${SITE}/admin/${event.id}/guests/be01`,
      ]) {
        expect(text).toContain(fact);
      }
      expect(text).not.toContain('/i/');
      expect(text).not.toContain('Other (please describe)');
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
      expect(notice.text).toContain(
        `Changed since the previous reply (R-AAAA-AAAA of 20\u00A0September ${year}, 12.00):`,
      );
      expect(notice.text).toContain('  Attendance: attending → not attending');
      expect(notice.text).toContain('  Companion 1: Adviser → —');
      expect(notice.text).toContain('  Dietary requirements: Vegetarian → —');
    });
  },
);
