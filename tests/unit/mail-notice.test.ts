import { describe, expect, it } from 'vitest';
import { answerPhrase, replyNotice } from '#server/mail/notice.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';
import { eventFor } from '#content/events.ts';

const event = eventFor();

const guest = aGuest({
  id: 'be01',
  name: 'Minister of the Interior of Belgium',
  organisation: 'Government of Belgium',
});
const SITE = 'https://invitation.test';

describe('the notice of a web reply to the mailbox', () => {
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
      lang: 'fr',
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
      'Language of the reply: français',
      `${SITE}/admin/guests/be01`,
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).not.toContain('/i/');
    expect(text).not.toContain('Other (please describe)');
  });

  it('says what changed against the previous version', () => {
    const previous = aReply({
      guestId: guest.id,
      reference: 'R-AAAA-AAAA',
      companions: [{ name: 'Adviser' }],
    });
    const reply = aReply({
      guestId: guest.id,
      reference: 'R-BBBB-BBBB',
      attending: 'no',
      updatedAt: '2014-09-21T10:00:00.000Z',
    });
    const notice = replyNotice(event, guest, reply, previous, SITE);
    expect(notice.subject).toBe(
      'Changed reply R-BBBB-BBBB: Minister of the Interior of Belgium — not attending',
    );
    expect(notice.text).toContain(
      'Changed since the previous reply (R-AAAA-AAAA of 20\u00A0September 2014, 12:00):',
    );
    expect(notice.text).toContain('  Attendance: attending → not attending');
    expect(notice.text).toContain('  Companion 1: Adviser → —');
    expect(notice.text).toContain('  Dietary requirements: Vegetarian → —');
  });
});
