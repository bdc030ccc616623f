import { translator, type MessageKey } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';

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

/** The eight groups of an IPv6 address (lower case, no leading zeros), or null if it is not one. */
function ipv6Groups(address: string): string[] | null {
  const halves = address.toLowerCase().split('::');
  if (halves.length > 2) return null;
  const split = (part: string | undefined) => (part ? part.split(':') : []);
  const head = split(halves[0]);
  const tail = split(halves[1]);
  // A dotted IPv4 ending (`::ffff:192.0.2.1`) takes the place of two groups.
  const last = (halves.length === 2 ? tail : head).at(-1) ?? '';
  const count = head.length + tail.length + (last.includes('.') ? 1 : 0);
  const missing = halves.length === 2 ? 8 - count : 0;
  if (missing < 0 || (halves.length === 1 && count !== 8)) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group) || /^\d{1,3}(\.\d{1,3}){3}$/.test(group)))
    return null;
  return groups.map((group) => (group.includes('.') ? group : parseInt(group, 16).toString(16)));
}

/**
 * The client as per-client limits count it, from the address Cloudflare reports (never logged):
 * an IPv4 address, or the /64 network of an IPv6 address, since one subscriber or server usually
 * holds a whole /64 and could otherwise start afresh from the next address. Without the header
 * (only off Cloudflare: local development, tests) every request shares one bucket.
 */
export function clientAddress(request: Request): string {
  const address = request.headers.get('CF-Connecting-IP')?.trim();
  if (!address) return 'unknown';
  if (!address.includes(':')) return address;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  const groups = ipv6Groups(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
}

/** Whether `key` is still within `limiter`'s allowance (each call counts one use). */
export async function withinLimit(limiter: RateLimit, key: string): Promise<boolean> {
  return (await limiter.limit({ key })).success;
}

/** Retry-After for the rate limits, whose period is at most 60 s. */
export const RATE_LIMIT_RETRY_AFTER = '60';
