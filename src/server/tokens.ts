/**
 * Personal invitation tokens: base64url of [id length][guest id][link version, 4 bytes][HMAC-SHA-256
 * tag of what precedes it under INVITE_SECRET]. The tag is checked with `crypto.subtle.verify`, which
 * compares in constant time. Tokens are never logged, and never appear in a URL after `/i/{token}`.
 */

const TAG_BYTES = 32;
const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.set(secret, key);
  }
  return key;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

function payload(guestId: string, version: number): Uint8Array<ArrayBuffer> {
  const id = encoder.encode(guestId);
  const bytes = new Uint8Array(1 + id.length + 4);
  bytes[0] = id.length;
  bytes.set(id, 1);
  new DataView(bytes.buffer).setUint32(1 + id.length, version);
  return bytes;
}

/**
 * The token of a guest's current personal link.
 * @example `/i/${await createToken(env.INVITE_SECRET, guest.id, guest.linkVersion)}`
 */
export async function createToken(secret: string, guestId: string, version: number): Promise<string> {
  const data = payload(guestId, version);
  const tag = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), data));
  const token = new Uint8Array(data.length + TAG_BYTES);
  token.set(data);
  token.set(tag, data.length);
  return toBase64Url(token);
}

/** The guest id and link version a token was made for, or null when it is malformed or forged. */
export async function readToken(
  secret: string,
  token: string,
): Promise<{ guestId: string; version: number } | null> {
  if (token.length > 200) return null;
  const bytes = fromBase64Url(token);
  if (!bytes || bytes.length < 1 + 1 + 4 + TAG_BYTES) return null;
  const idLength = bytes[0] ?? 0;
  if (bytes.length !== 1 + idLength + 4 + TAG_BYTES) return null;
  const data = bytes.subarray(0, 1 + idLength + 4);
  const tag = bytes.subarray(1 + idLength + 4);
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(secret), tag, data);
  if (!valid) return null;
  const guestId = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(1, 1 + idLength));
  const version = new DataView(bytes.buffer, bytes.byteOffset).getUint32(1 + idLength);
  return { guestId, version };
}
