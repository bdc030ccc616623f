import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { forbiddenCharacters, text, textIssues } from '#schemas/text.ts';

/**
 * The text rules as a chain of zod refinements and transforms, as they were written until
 * 2026-12-07: the oracle the one-transform text() must agree with, value for value and issue for
 * issue.
 */
function chain(max: number, { multiline = false, required = false, letter = false, stored = false }) {
  const forbidden = forbiddenCharacters({ multiline, stored });
  return z
    .string()
    .refine((value) => value.isWellFormed(), textIssues.unicode)
    .transform((value) => (multiline ? value.replace(/\r\n?/g, '\n') : value))
    .refine((value) => !forbidden.test(value), textIssues.characters)
    .transform((value) => value.normalize('NFC').trim())
    .refine((value) => [...value].length <= max, textIssues.tooLong)
    .refine((value) => !required || value.length > 0, textIssues.required)
    .refine((value) => !letter || value === '' || /\p{L}/u.test(value), textIssues.required);
}

/** What a parse gives, in terms a form or a restore acts on. */
function outcome(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: result.error.issues.map(({ code, message, path }) => ({ code, message, path })) };
}

// Pieces a hostile or careless sender combines: letters of several scripts, a decomposed letter
// (NFC joins it), an astral letter (two UTF-16 units), spaces that trim and that do not, line
// endings of three systems, a tab, control and format characters, a lone surrogate, ZWJ, a
// variation selector, punctuation alone.
const pieces = [
  'a',
  'É',
  'e\u0301',
  'Ħ',
  'Ψ',
  '𝔄',
  '😀',
  ' ',
  '\u00A0',
  '\u3000',
  '\r\n',
  '\r',
  '\n',
  '\t',
  '\u0000',
  '\u0085',
  '\u200B',
  '\u200D',
  '\u202E',
  '\uFE0F',
  '\uD800',
  '.',
  '…',
  '"',
];

/** Every string of up to three pieces, and strings around the length limit. */
function corpus(max: number): string[] {
  const out: string[] = [''];
  for (const a of pieces) {
    out.push(a);
    for (const b of pieces) {
      out.push(a + b);
      for (const c of pieces) out.push(a + b + c);
    }
  }
  for (const length of [max - 1, max, max + 1]) {
    out.push('a'.repeat(length), '𝔄'.repeat(length), ` ${'a'.repeat(length)} `, '.'.repeat(length));
    out.push(`${'e\u0301'.repeat(length)}`, `${'a'.repeat(length - 1)}\u0000`);
  }
  return out;
}

describe('text(): one transform, the same outcome as the chain of refinements it replaced', () => {
  const options = [false, true].flatMap((multiline) =>
    [false, true].flatMap((required) =>
      [false, true].flatMap((letter) =>
        [false, true].map((stored) => ({ multiline, required, letter, stored })),
      ),
    ),
  );
  for (const option of options) {
    it(`agrees on ${JSON.stringify(option)}`, () => {
      const max = 4;
      // Where text() is used: a field of an object, and an object whose own checks run after its
      // fields' (the reply form's option checks: a text field's mistake must not hide them). No
      // union holds a text field (in one, a forbidden character now reads as itself where the chain
      // gave zod's "Invalid input").
      const wrappers: [string, (field: z.ZodType) => z.ZodType][] = [
        ['object', (field) => z.object({ field, other: z.string() })],
        [
          'object with its own checks',
          (field) =>
            z.object({ field, other: z.string() }).superRefine((_, ctx) => {
              ctx.addIssue({ code: 'custom', path: ['other'], message: 'unknown_field' });
            }),
        ],
      ];
      const inputs: unknown[] = [...corpus(max), 7, null, undefined, ['a'], { a: 1 }];
      let differences = 0;
      for (const [, wrap] of wrappers) {
        const fast = wrap(text(max, option));
        const slow = wrap(chain(max, option));
        for (const input of inputs) {
          const expected = outcome(slow, { field: input, other: 'x' });
          const actual = outcome(fast, { field: input, other: 'x' });
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            differences++;
            expect({ input, actual }).toEqual({ input, actual: expected });
          }
        }
      }
      expect(differences).toBe(0);
      expect(inputs.length).toBeGreaterThan(pieces.length ** 3);
    });
  }
});
