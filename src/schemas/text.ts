import { z } from 'zod';

// C0 and C1 control characters, DEL, every format character (Unicode Cf: bidi embeddings,
// overrides, isolates and marks, zero-width spaces, the soft hyphen, tag characters, interlinear
// annotations, U+180E), the line and paragraph separators and the Hangul fillers, which look empty:
// characters that hide text or make two names look alike. Refused, never stripped: the sender
// learns of it. ZWNJ and ZWJ (U+200C, U+200D) stay: some scripts need them.
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
const INVISIBLE = '\\p{Cf}\\u2028\\u2029\\u115F\\u1160\\u3164\\uFFA0';
// The 66 noncharacters (U+FDD0 to U+FDEF and the last two code points of each plane): never text,
// and XML cannot hold U+FFFE or U+FFFF, so a workbook would lose them. Refused since 2026-12-07.
const NONCHARACTER = `\\uFDD0-\\uFDEF${Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}-\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join('')}`;
// What the rules refused before 2026-12-06: records stored then are read by these (`stored`).
const STORED_INVISIBLE = '\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
// In a single line (a name, a position, a place card) also what draws nothing or only changes how
// the character before it is drawn: the combining grapheme joiner, the Khmer inherent vowels, the
// Mongolian free variation selectors, the variation selectors and the blank braille pattern, with
// which two names look alike. A message may hold an emoji with its variation selector.
const LOOKALIKE = '\\u034F\\u17B4\\u17B5\\u180B-\\u180D\\u180F\\u2800\\uFE00-\\uFE0F\\u{E0100}-\\u{E01EF}';
const singleLineForbidden = new RegExp(
  // Each combining character in the class is meant alone: any one of them is refused.
  `(?![\\u200C\\u200D])[${CONTROL}\\t\\n\\r${INVISIBLE}${NONCHARACTER}${LOOKALIKE}]`,
  'u',
);
const multilineForbidden = new RegExp(`(?![\\u200C\\u200D])[${CONTROL}\\r${INVISIBLE}${NONCHARACTER}]`, 'u');
const storedSingleLineForbidden = new RegExp(`[${CONTROL}\\t\\n\\r${STORED_INVISIBLE}]`, 'u');
const storedMultilineForbidden = new RegExp(`[${CONTROL}\\r${STORED_INVISIBLE}]`, 'u');

/** The characters a text refuses: what a single line or a message may not hold, now or (`stored`) then. */
export function forbiddenCharacters({ multiline = false, stored = false }): RegExp {
  if (stored) return multiline ? storedMultilineForbidden : storedSingleLineForbidden;
  return multiline ? multilineForbidden : singleLineForbidden;
}

/** Codes of the text rules, translated where the error is shown. */
export const textIssues = {
  unicode: 'invalid_unicode',
  characters: 'forbidden_characters',
  tooLong: 'too_long',
  required: 'required',
} as const;

/**
 * Free text (docs/design.md, "The reply"): well-formed Unicode, no control, format or invisible
 * characters (tab and newline allowed when `multiline`), line endings unified, NFC-normalised,
 * trimmed, at most `max` characters; with `letter`, at least one letter when it is not empty.
 * `stored`: the schema of a record already kept (a stored reply or guest, a backup), which takes
 * what the rules took when it was written, so that a record of before a rule tightened is still
 * read, exported and restored; what people send is checked by the input schemas, without it.
 * @example text(120).parse('  Ministre  ') // 'Ministre'
 */
export function text(
  max: number,
  { multiline = false, required = false, letter = false, stored = false } = {},
) {
  const forbidden = forbiddenCharacters({ multiline, stored });
  const tooLong = (value: string) =>
    // A UTF-16 length within `max` is within it in characters too: count only a longer one.
    value.length > max && [...value].length > max;
  // One transform doing the checks in order, where a chain of refinements and transforms took
  // eight steps of zod per field: a stored record is read with these, 10,000 guests at a time for
  // an export. The same issues as the chain gave: a malformed or forbidden character stops there;
  // the length, emptiness and letter checks are each reported. Each issue lets the checks around
  // the field go on (`continue`, as a refinement's issue does): a form with a comment too long
  // still hears of its other mistakes at once.
  return z.string().transform((input, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message, input, continue: true });
    if (!input.isWellFormed()) {
      issue(textIssues.unicode);
      return input;
    }
    const unified = multiline ? input.replace(/\r\n?/g, '\n') : input;
    if (forbidden.test(unified)) {
      issue(textIssues.characters);
      return unified;
    }
    const value = unified.normalize('NFC').trim();
    if (tooLong(value)) issue(textIssues.tooLong);
    if (required && value.length === 0) issue(textIssues.required);
    // A name has a letter: "..." or a run of look-alike spaces is no name (answered as a missing one).
    if (letter && value !== '' && !/\p{L}/u.test(value)) issue(textIssues.required);
    return value;
  });
}

const line = z.string().trim().min(1);

/**
 * A sentence with `{name}` placeholders that must all be present, so no translation drops a fact.
 * @example template('deadline', 'mailbox').parse('Reply by {deadline} to {mailbox}')
 */
export function template(...names: string[]) {
  return line.refine((value) => names.every((name) => value.includes(`{${name}}`)), {
    message: `must contain ${names.map((name) => `{${name}}`).join(', ')}`,
  });
}

export const limits = { name: 120, notes: 500, comment: 1000 } as const;

/** A link to another site from the content: http(s) only (a `javascript:` URL is a URL to zod). */
export const webAddress = z.url({ protocol: /^https?$/ });
