// Crockford's base32 without look-alikes (no I, L, O, U): easy to read out on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomCode(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => ALPHABET[byte % 32]).join('');
}

/**
 * A reply reference a private office can quote: 40 random bits, e.g. `R-7K3M-Q9TD`.
 * @example newReference() // 'R-7K3M-Q9TD'
 */
export function newReference(): string {
  const code = randomCode(8);
  return `R-${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A new opaque guest id: ten characters of [a-z0-9] (about 51 bits), never derived from a name.
 * @example newGuestId() // 'k3x9q2m7ab'
 */
export function newGuestId(): string {
  return randomCode(10)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0');
}

/** A form's submission id (docs/design.md: 8–64 of [A-Za-z0-9._-]); 128 random bits. */
export function newSubmissionId(): string {
  return randomCode(26);
}

/** A new organiser session id: 256 random bits, base64url. */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Hex SHA-256, used to key sessions so KV never holds a usable session id. */
export async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Hex HMAC-SHA-256 of `message` under `secret`. */
export async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const tag = await crypto.subtle.sign('HMAC', key, encoder.encode(message));
  return Array.from(new Uint8Array(tag), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares two secrets in time independent of where they differ (by comparing their digests). */
export async function secretsEqual(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([sha256Hex(a), sha256Hex(b)]);
  let difference = 0;
  for (let index = 0; index < x.length; index++) difference |= x.charCodeAt(index) ^ y.charCodeAt(index);
  return difference === 0;
}
