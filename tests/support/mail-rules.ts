import PostalMime from 'postal-mime';
import { expect } from 'vitest';

/**
 * Checks one raw message against the rules relays hold mail to (RFC 5322, 2045, 2047), on its
 * octets, not through a parser that forgives: 7-bit only, CRLF everywhere and nowhere else, lines of
 * at most 78 octets, folded headers, encoded words of at most 75 octets each, a quoted-printable
 * body of lines at most 76 characters with only well-formed escapes. Then reads it back (postal-mime,
 * the parser the local binding uses) and returns the subject and text it reads.
 */
export async function readStrictly(raw: string): Promise<{ subject: string; text: string }> {
  const octets = new TextEncoder().encode(raw);
  expect(
    octets.every((octet) => octet > 0 && octet < 0x80),
    'only 7-bit octets',
  ).toBe(true);
  expect(raw.endsWith('\r\n'), 'ends with CRLF').toBe(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(raw), 'no bare CR or LF').toBe(false);
  const lines = raw.slice(0, -2).split('\r\n');
  for (const line of lines) expect(line.length, `line too long: ${line}`).toBeLessThanOrEqual(78);

  const blank = lines.indexOf('');
  expect(blank).toBeGreaterThan(0);
  const head = lines.slice(0, blank);
  const body = lines.slice(blank + 1);
  expect(/^[\x21-\x39\x3b-\x7e]+: /.test(head[0] ?? ''), 'the first line is a field').toBe(true);
  for (const line of head) {
    // A field's first line, or a continuation that starts with white space (folding).
    expect(/^([\x21-\x39\x3b-\x7e]+: .*|[ \t].*\S.*)$/.test(line), `header line: ${line}`).toBe(true);
    for (const word of line.match(/=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=/g) ?? [])
      expect(word.length, `encoded word: ${word}`).toBeLessThanOrEqual(75);
    // Any non-ASCII text is in encoded words: outside them, no "=?" starts a half-written one.
    expect(line.replace(/=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=/g, '')).not.toContain('=?');
  }
  const unfolded = head.join('\r\n').replace(/\r\n[ \t]/g, ' ');
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(unfolded)?.[1]?.trim();
  for (const name of ['Date', 'From', 'To', 'Subject', 'Message-ID', 'MIME-Version'])
    expect(field(name), name).toBeTruthy();
  expect(field('Content-Type')).toBe('text/plain; charset=UTF-8');
  expect(field('Content-Transfer-Encoding')).toBe('quoted-printable');
  for (const line of body) {
    expect(line.length, `body line: ${line}`).toBeLessThanOrEqual(76);
    expect(/=(?![0-9A-F]{2}|$)/.test(line), `escape in: ${line}`).toBe(false);
    expect(/[ \t]$/.test(line), `white space at the end of: ${line}`).toBe(false);
  }

  const email = await PostalMime.parse(raw);
  return { subject: email.subject ?? '', text: (email.text ?? '').replace(/\r\n/g, '\n') };
}
