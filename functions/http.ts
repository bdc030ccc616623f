import { translator, type MessageKey } from '../src/i18n/index.ts';
import type { Locale } from '../src/i18n/locales.ts';

/** The error codes of DESIGN's table: they cross the wire; sentences are made per language. */
export const errorStatus = {
  validation_failed: 400,
  invitation_required: 401,
  invitation_invalid: 403,
  forbidden_origin: 403,
  rsvp_closed: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  /** A reply changed as often as the site allows (its history is capped): the mailbox takes over. */
  too_many_changes: 429,
  storage_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Field paths (`delegate.name`) to field error codes (`required`), translated where shown. */
export type FieldErrors = Record<string, string>;

/**
 * The one error handlers throw; `errorResponse` turns it into the wire format.
 * @example throw new HttpError('method_not_allowed', { headers: { Allow: 'GET, POST' } })
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly options: { fields?: FieldErrors; headers?: Record<string, string> };
  constructor(code: ErrorCode, options: { fields?: FieldErrors; headers?: Record<string, string> } = {}) {
    super(code);
    this.code = code;
    this.options = options;
    this.status = errorStatus[code];
  }
}

/** Headers every personal or API response carries. */
export const noStore = { 'Cache-Control': 'no-store' } as const;

/** A response without a body that no cache keeps: refusals and redirects of personal pages. */
export function bare(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...noStore, ...headers } });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...noStore, ...headers },
  });
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

/** The client's address as Cloudflare reports it (for per-client limits; never logged). */
export function clientAddress(request: Request): string {
  return request.headers.get('CF-Connecting-IP') ?? 'unknown';
}

/** Whether `key` is still within `limiter`'s allowance (each call counts one use). */
export async function withinLimit(limiter: RateLimit, key: string): Promise<boolean> {
  return (await limiter.limit({ key })).success;
}

/** Retry-After for the rate limits, whose period is at most 60 s. */
export const RATE_LIMIT_RETRY_AFTER = '60';
