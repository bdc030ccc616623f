import { z } from 'zod';

// C0 and C1 control characters, DEL, bidi embeddings/overrides/isolates and marks, and invisible
// characters that make two names look alike. Refused, never stripped: the sender learns of it.
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
const INVISIBLE = '\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const singleLineForbidden = new RegExp(`[${CONTROL}\\t\\n\\r${INVISIBLE}]`, 'u');
const multilineForbidden = new RegExp(`[${CONTROL}\\r${INVISIBLE}]`, 'u');

/** Codes of the text rules, translated where the error is shown. */
export const textIssues = {
  unicode: 'invalid_unicode',
  characters: 'forbidden_characters',
  tooLong: 'too_long',
  required: 'required',
} as const;

/**
 * Free text (docs/design.md, "The reply"): well-formed Unicode, no control/bidi/invisible characters (tab and newline
 * allowed when `multiline`), line endings unified, NFC-normalised, trimmed, at most `max` characters.
 * @example text(120).parse('  Ministre  ') // 'Ministre'
 */
export function text(max: number, { multiline = false, required = false } = {}) {
  const forbidden = multiline ? multilineForbidden : singleLineForbidden;
  return z
    .string()
    .refine((value) => value.isWellFormed(), textIssues.unicode)
    .transform((value) => (multiline ? value.replace(/\r\n?/g, '\n') : value))
    .refine((value) => !forbidden.test(value), textIssues.characters)
    .transform((value) => value.normalize('NFC').trim())
    .refine((value) => [...value].length <= max, textIssues.tooLong)
    .refine((value) => !required || value.length > 0, textIssues.required);
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
