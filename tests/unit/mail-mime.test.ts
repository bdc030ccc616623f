import { describe, expect, it } from 'vitest';
import { limits } from '#schemas/text.ts';
import { plainMessage } from '#server/mail/mime.ts';
import { replyNotice } from '#server/mail/notice.ts';
import { allParts, events, withOptions } from '#tests/support/events.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';
import { readStrictly } from '#tests/support/mail-rules.ts';

const SITE = 'https://invitation.test';
const FROM = { name: 'Répondez', address: 'replies@invitation.test' };
const send = (subject: string, text: string) =>
  plainMessage({ from: FROM, to: 'mailbox@invitation.test', subject, text });

const longest = (unit: string) => unit.repeat(Math.ceil(limits.name / unit.length)).slice(0, limits.name);

/** The names a notice carries, in the scripts and at the sizes guest lists hold. */
const guests = {
  Greek: {
    name: 'Υπουργός Προστασίας του Πολίτη της Ελληνικής Δημοκρατίας',
    organisation: 'Ελληνική Δημοκρατία',
  },
  Irish: { name: 'An tAire Dlí agus Cirt agus Comhionannais, Éire', organisation: 'Roinn Dlí agus Cirt' },
  Bulgarian: { name: 'Министър на вътрешните работи на Република България', organisation: 'МВР' },
  'without spaces, at the maximum': { name: longest('x'), organisation: longest('y') },
  'Greek without spaces, at the maximum': { name: longest('Ω'), organisation: longest('ά') },
  'astral characters at the maximum': { name: longest('𝔊'), organisation: longest('😀') },
};

describe('every notice is mail that every relay accepts (raw octets checked, then read back)', () => {
  for (const shipped of events) {
    const event = withOptions(shipped, allParts);
    for (const [kind, names] of Object.entries(guests)) {
      const guest = aGuest({ id: 'gr01', ...names }, event);
      const first = aReply({ guestId: guest.id, reference: 'R-AAAA-AAA1' });
      const replies = {
        'a new reply': [first, null],
        'a change': [aReply({ guestId: guest.id, attending: 'no', reference: 'R-AAAA-AAA2' }), first],
        'a delegate': [
          aReply({
            guestId: guest.id,
            attending: 'delegate',
            delegate: { name: longest('Δ'), position: longest('é') },
            comment: 'é'.repeat(limits.comment),
            reference: 'R-AAAA-AAA3',
          }),
          first,
        ],
        'companions at the maximum': [
          aReply({
            guestId: guest.id,
            companions: Array.from({ length: 10 }, () => ({ name: longest('ж') })),
            reference: 'R-AAAA-AAA4',
          }),
          null,
        ],
      } as const;
      for (const [what, [reply, previous]] of Object.entries(replies))
        it(`${shipped.id}: ${what}, ${kind}`, async () => {
          const notice = replyNotice(event, guest, reply, previous, SITE);
          const read = await readStrictly(send(notice.subject, notice.text));
          expect(read.subject).toBe(notice.subject);
          expect(read.text).toBe(notice.text.replace(/\n$/, '') + '\n');
        });
    }
  }

  it('keeps text exactly: spaces at line ends, "=", a 1,000-character line, blank lines, CRLF typed', async () => {
    const text = `a line ending with spaces  \n= sign =3D and =\n\n${'é'.repeat(1000)}\n${'x'.repeat(1000)}\nlast\ttab\t`;
    const read = await readStrictly(send('plain ASCII subject', text));
    expect(read.subject).toBe('plain ASCII subject');
    expect(read.text.replace(/\n$/, '')).toBe(text);
  });

  it('keeps plain ASCII lines at the 76-octet limit exactly, and breaks those past it', async () => {
    const lines = [75, 76, 77, 78].flatMap((length) => [
      'p'.repeat(length),
      `${'q'.repeat(length - 1)} `,
      `${'r'.repeat(length - 1)}=`,
      `${'s'.repeat(length - 1)}\t`,
    ]);
    const text = lines.join('\n');
    const raw = send('plain ASCII subject', text);
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(body).toContain(`\r\n${'p'.repeat(76)}\r\n`);
    const read = await readStrictly(raw);
    expect(read.text.replace(/\n$/, '')).toBe(text);
  });

  it('folds a long ASCII subject and encodes a sender name that is not ASCII', async () => {
    const subject = 'Reply R-AAAA-AAA1: '.repeat(8);
    const raw = send(subject, 'x');
    expect((await readStrictly(raw)).subject).toBe(subject);
    expect(raw).toMatch(/^From: =\?UTF-8\?B\?UsOpcG9uZGV6\?= <replies@invitation\.test>\r$/m);
  });
});
