import { describe, expect, it } from 'vitest';
import { translator } from '#i18n/index.ts';
import { locales } from '#i18n/locales.ts';
import {
  MAILTO_LIMIT,
  labelled,
  mailtoWithin,
  replyLines,
  typedFields,
} from '#server/invitee/closed-draft.ts';
import { aReply } from '#tests/support/fixtures.ts';

const body = (href: string) => decodeURIComponent(/[?&]body=([^&]*)/.exec(href)?.[1] ?? '');

describe('the message to the organisers after the deadline', () => {
  it('carries a short reply whole, with CRLF line breaks', () => {
    const { href, cut } = mailtoWithin(
      'mailbox@invitation.test',
      'Reply',
      'Guest: A\nReference: —\n\nAttendance: no\n',
      '[…]',
    );
    expect(body(href)).toBe('Guest: A\r\nReference: —\r\n\r\nAttendance: no\r\n');
    expect(cut).toBe(false);
  });

  it('cuts a reply too long for a mail link between characters, at MAILTO_LIMIT, and says so', () => {
    for (const unit of ['é', 'Ω', '😀', 'x', ' & = ?'])
      for (const length of [600, 1000, 5000]) {
        const text = unit.repeat(length);
        const { href, cut } = mailtoWithin('mailbox@invitation.test', 'Απάντηση', text, '[…] (shortened)');
        expect(href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
        const read = body(href); // would throw on half a character
        expect(cut).toBe(read !== text);
        if (!cut) continue;
        expect(read.endsWith('\r\n[…] (shortened)')).toBe(true);
        expect(text.startsWith(read.slice(0, -'\r\n[…] (shortened)'.length))).toBe(true);
        // As long as it can be: one more character would not fit.
        expect(href.length).toBeGreaterThan(MAILTO_LIMIT - 13);
      }
  });

  it('cuts between lines where that keeps at least half of what fits, so a field is not cut in the middle', () => {
    const lines = Array.from({ length: 40 }, (_, index) => `Field ${index}: ${'value '.repeat(8)}`.trim());
    const { href, cut } = mailtoWithin('mailbox@invitation.test', 'Reply', lines.join('\n'), '[…]');
    expect(cut).toBe(true);
    const read = body(href).split('\r\n');
    expect(read.at(-1)).toBe('[…]');
    for (const line of read.slice(0, -1)) expect(lines).toContain(line);
  });

  it('writes each part of a typed reply in the guest’s language, in every language', () => {
    const reply = aReply({
      attending: 'delegate',
      delegate: { name: 'Δ. Παπαδόπουλος', position: 'Γενικός Γραμματέας' },
      placeCardName: 'Δ. Παπαδόπουλος',
      dietary: [],
      companions: [{ name: 'Σύμβουλος' }],
      comment: 'Ευχαριστούμε.',
    });
    for (const lang of locales) {
      const t = translator(lang);
      const lines = replyLines(reply, t, lang).join('\n');
      expect(lines).toContain(t('reply.attending.delegate'));
      expect(lines).toContain('Δ. Παπαδόπουλος');
      expect(lines).toContain('Σύμβουλος');
      expect(lines).toContain(`${t('reply.summary.comment')}`);
      expect(lines.endsWith('Ευχαριστούμε.')).toBe(true);
    }
  });

  it('gives an invalid typed form field by field, without the parts its answer does not have, and no colon after a question', () => {
    const t = translator('en');
    const fields = typedFields(
      'attending=delegate&dietary=vegan&accessibility=Ramp&delegate.name=&respondent.phone=call+us&lang=en&submissionId=x',
      t,
    );
    expect(fields).toEqual([
      [t('reply.attending.legend'), t('reply.attending.delegate')],
      [t('reply.respondent.phone'), 'call us'],
    ]);
    expect(labelled(t('reply.attending.legend'), 'Yes', 'en')).toBe(`${t('reply.attending.legend')} Yes`);
    expect(labelled('Telephone', 'call us', 'fr')).toBe('Telephone\u00a0: call us');
  });
});
