import type { z } from 'zod';

/** Field paths (`delegate.name`) to field error codes (`required`), translated where shown. */
export type FieldErrors = Record<string, string>;

/**
 * An object without a prototype, for maps keyed by what a client sent: on a plain object a
 * `__proto__` key is a setter, so an assignment to it is silently lost (an error vanishes).
 */
export function nullObject<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Field error codes; each has a sentence `field.{code}` in every dictionary. */
export const fieldErrorCodes = [
  'required',
  'too_long',
  'too_many',
  'forbidden_characters',
  'invalid_unicode',
  'invalid_choice',
  'invalid_email',
  'invalid_phone',
  'invalid_submission_id',
  'duplicate_values',
  'only_with_delegate',
  'only_when_attending',
  'companions_not_allowed',
  'unknown_field',
  'repeated',
  'invalid_json',
  'wrong_password',
  'invalid',
] as const;

export type FieldErrorCode = (typeof fieldErrorCodes)[number];

function isFieldErrorCode(value: string): value is FieldErrorCode {
  return (fieldErrorCodes as readonly string[]).includes(value);
}

function codeOf(issue: z.core.$ZodIssue): FieldErrorCode {
  if (isFieldErrorCode(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_value':
      return 'invalid_choice';
    case 'invalid_format':
      return issue.format === 'email' ? 'invalid_email' : 'invalid';
    case 'too_big':
      return issue.origin === 'array' ? 'too_many' : 'too_long';
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid';
    default:
      return 'invalid';
  }
}

/**
 * zod's issues as the `fields` of an error (docs/design.md, "Errors"): the field's path as the form names it (`delegate.name`,
 * `companions.0.name`) to a code; the first issue of a field wins.
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
  // Without a prototype, so that a `__proto__` key is reported like any other unknown field.
  const fields: FieldErrors = nullObject();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[path ? `${path}.${key}` : key] ??= 'unknown_field';
    } else {
      fields[path] ??= codeOf(issue);
    }
  }
  return fields;
}
