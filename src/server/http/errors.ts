import type { FieldErrors } from '#schemas/field-errors.ts';
import { translator, type MessageKey } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { json } from './responses.ts';

/**
 * The error codes of the public interface (docs/design.md, "Errors"): they cross the wire;
 * sentences are made per language (`error.{code}` in every dictionary).
 */
export const errorStatus = {
  validation_failed: 400,
  invitation_required: 401,
  invitation_invalid: 403,
  forbidden_origin: 403,
  rsvp_closed: 403,
  not_found: 404,
  /** A personal link that is unknown, forged or revoked (which one is never said). */
  link_invalid: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  /** A reply changed as often as the site allows (its history is capped): the mailbox takes over. */
  too_many_changes: 429,
  storage_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface HttpErrorOptions {
  fields?: FieldErrors;
  headers?: Record<string, string>;
  /** The language the answer is in, when the handler knows it (the form's, the guest's). */
  lang?: Locale;
}

/**
 * The one error handlers throw; `dispatch` (src/server/dispatch.ts) turns it into the answer the
 * client expects: JSON, the site's error page, or the sign-in page.
 * @example throw new HttpError('method_not_allowed', { headers: { Allow: 'GET, POST' } })
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly options: HttpErrorOptions;
  constructor(code: ErrorCode, options: HttpErrorOptions = {}) {
    super(code);
    this.code = code;
    this.options = options;
    this.status = errorStatus[code];
  }
}

/** The sentence for an error code in `lang` (values fill placeholders such as {mailbox}). */
export function errorMessage(code: ErrorCode, lang: Locale, values: Record<string, string> = {}): string {
  return translator(lang)(`error.${code}` as MessageKey, values);
}

/** `{ error: { code, message, fields? } }` with the code's status and any headers it needs. */
export function errorResponse(error: HttpError, lang: Locale, values: Record<string, string> = {}): Response {
  return json(
    {
      error: {
        code: error.code,
        message: errorMessage(error.code, lang, values),
        ...(error.options.fields ? { fields: error.options.fields } : {}),
      },
    },
    error.status,
    error.options.headers,
  );
}

/**
 * An organisers' route asked for without a valid session: `dispatch` answers it with the sign-in
 * page (401), which keeps a posted form and returns to the page once the organiser signs in.
 */
export class SignInRequired extends Error {
  /** `door`: a door session asked for a page beyond the door list (the page says so). */
  readonly reason: 'door' | undefined;
  constructor(reason?: 'door') {
    super('sign-in required');
    this.reason = reason;
  }
}
