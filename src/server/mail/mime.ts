/**
 * One plain-text Internet message (RFC 5322, MIME), as every relay accepts it: CRLF line ends,
 * 7-bit octets only, every line at most 78 octets. The body is quoted-printable UTF-8 (RFC 2045,
 * 6.7) and a header with other than printable ASCII is written as RFC 2047 encoded words of at most
 * 75 octets, folded. Written here because no package does this in a Worker without Node's modules:
 * mimetext writes `7bit` over raw UTF-8 and one unbounded encoded word; nodemailer's composer needs
 * node:net, node:fs and node:stream (docs/design.md, "Mail").
 */

const LINE = 78;
const QP_LINE = 76; // RFC 2045: a quoted-printable line is at most 76 characters
const WORD = 75; // RFC 2047: an encoded word is at most 75 characters
const WORD_OPEN = '=?UTF-8?B?';
const WORD_CLOSE = '?=';

const hex = (byte: number) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
const printable = (text: string) => /^[\x20-\x7e]*$/.test(text);

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The characters of `text` as encoded words, none longer than 75 octets, the first no longer than
 * `first` octets (the header's name stands before it on its line). A word ends between characters,
 * never inside one (RFC 2047, 5).
 */
/** The UTF-8 octets of one code point (a TextEncoder call per character cost the notice's build its time). */
function utf8(point: number): number[] {
  if (point < 0x80) return [point];
  if (point < 0x800) return [0xc0 | (point >> 6), 0x80 | (point & 0x3f)];
  if (point < 0x10000) return [0xe0 | (point >> 12), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f)];
  return [
    0xf0 | (point >> 18),
    0x80 | ((point >> 12) & 0x3f),
    0x80 | ((point >> 6) & 0x3f),
    0x80 | (point & 0x3f),
  ];
}

function encodedWords(text: string, first: number): string[] {
  const words: string[] = [];
  let bytes: number[] = [];
  const room = () => (words.length ? WORD : first) - WORD_OPEN.length - WORD_CLOSE.length;
  const close = () => {
    words.push(`${WORD_OPEN}${base64(Uint8Array.from(bytes))}${WORD_CLOSE}`);
    bytes = [];
  };
  for (const character of text) {
    const encoded = utf8(character.codePointAt(0) ?? 0);
    if (Math.ceil((bytes.length + encoded.length) / 3) * 4 > room()) close();
    bytes.push(...encoded);
  }
  if (bytes.length || !words.length) close();
  return words;
}

/**
 * One header field, folded to lines of at most 78 octets. Printable ASCII that fits is written as
 * it is; anything else becomes encoded words, one per line after the first.
 */
export function headerField(name: string, value: string): string {
  const plain = `${name}: ${value}`;
  if (printable(value) && plain.length <= LINE) return plain;
  return `${name}: ${encodedWords(value, LINE - name.length - 2).join('\r\n ')}`;
}

/** An address with a display name: the name encoded where it is not plain ASCII. */
export function mailbox(name: string, address: string): string {
  const shown = printable(name) && !/["\\]/.test(name) ? `"${name}"` : encodedWords(name, WORD).join('\r\n ');
  return `${shown} <${address}>`;
}

/** A line that quoted-printable leaves as it is (when not longer than QP_LINE). */
const plainLine = /^(?:[\x20-\x3c\x3e-\x7e\t]*[\x21-\x3c\x3e-\x7e])?$/;

/**
 * The body as quoted-printable: lines of at most 76 characters ending with CRLF, a long line broken
 * by soft line breaks between characters, never inside one's escape or between a character's octets,
 * and a space or tab at a line's end encoded so that no relay strips it.
 */
export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line) => {
      // A short line of printable ASCII without "=" and not ending in a blank is its own encoding
      // (most lines of a notice): no need to encode it character by character (#27).
      if (line.length <= QP_LINE && plainLine.test(line)) return line;
      const out: string[] = [];
      let current = '';
      const characters = [...line];
      characters.forEach((character, index) => {
        const last = index === characters.length - 1;
        const code = character.codePointAt(0) ?? 0;
        const literal =
          (code >= 33 && code <= 126 && character !== '=') ||
          (!last && (character === ' ' || character === '\t'));
        const piece = literal ? character : utf8(code).map(hex).join('');
        // Room for the soft break's "=" unless this is the line's last piece.
        if (current.length + piece.length > (last ? QP_LINE : QP_LINE - 1)) {
          out.push(`${current}=`);
          current = '';
        }
        current += piece;
      });
      out.push(current);
      return out.join('\r\n');
    })
    .join('\r\n');
}

/** RFC 5322's date-time, in UTC: "Sun, 06 Dec 2026 15:36:12 +0000". */
const mailDate = (at: Date) => at.toUTCString().replace(/GMT$/, '+0000');

export interface PlainMessage {
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  /** Extra fields, ASCII values (e.g. Auto-Submitted). */
  headers?: Record<string, string>;
  date?: Date;
}

/** The whole message, ready for the send_email binding. */
export function plainMessage(message: PlainMessage): string {
  const domain = message.from.address.split('@')[1] ?? 'localhost';
  const fields = [
    headerField('Date', mailDate(message.date ?? new Date())),
    `From: ${mailbox(message.from.name, message.from.address)}`,
    headerField('To', message.to),
    headerField('Message-ID', `<${crypto.randomUUID()}@${domain}>`),
    headerField('Subject', message.subject),
    ...Object.entries(message.headers ?? {}).map(([name, value]) => headerField(name, value)),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
  ];
  const body = quotedPrintable(message.text.replace(/\n$/, ''));
  return `${fields.join('\r\n')}\r\n\r\n${body}\r\n`;
}
