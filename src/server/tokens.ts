/**
 * Personal invitation tokens: base64url of [event id length][event id][guest id length][guest id]
 * [link version, 4 bytes][HMAC-SHA-256 tag of what precedes it under INVITE_SECRET]. The tag is
 * checked with `crypto.subtle.verify`, which compares in constant time. Tokens are never logged, and
 * never appear in a URL after `/i/{token}`.
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
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return null;
  }
}

function payload(eventId: string, guestId: string, version: number): Uint8Array<ArrayBuffer> {
  const event = encoder.encode(eventId);
  const id = encoder.encode(guestId);
  const bytes = new Uint8Array(1 + event.length + 1 + id.length + 4);
  bytes[0] = event.length;
  bytes.set(event, 1);
  bytes[1 + event.length] = id.length;
  bytes.set(id, 2 + event.length);
  new DataView(bytes.buffer).setUint32(2 + event.length + id.length, version);
  return bytes;
}

/** What a token names: the event, the guest and the link version. */
export interface TokenClaim {
  eventId: string;
  guestId: string;
  version: number;
}

/**
 * The token of a guest's current personal link: it names the event too, so one link opens one
 * event's reply and no other's.
 * @example urls.personalLink(await createToken(env.INVITE_SECRET, event.id, guest.id, guest.linkVersion))
 */
export async function createToken(
  secret: string,
  eventId: string,
  guestId: string,
  version: number,
): Promise<string> {
  const data = payload(eventId, guestId, version);
  const tag = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), data));
  const token = new Uint8Array(data.length + TAG_BYTES);
  token.set(data);
  token.set(tag, data.length);
  return toBase64Url(token);
}

type Parts = { claim: TokenClaim; data: Uint8Array<ArrayBuffer>; tag: Uint8Array<ArrayBuffer> };

/** The claim of `bytes` laid out as [event][guest][version] (`eventLength` 0: no event), or null. */
/** Strict UTF-8 (a malformed name is a malformed token), made once: it keeps no state between calls. */
const decoder = new TextDecoder('utf-8', { fatal: true });

function claimOf(bytes: Uint8Array<ArrayBuffer>, eventLength: number, legacyEvent?: string): Parts | null {
  const start = eventLength ? 1 + eventLength : 0;
  const idLength = bytes[start] ?? 0;
  const dataLength = start + 1 + idLength + 4;
  if (idLength === 0 || bytes.length !== dataLength + TAG_BYTES) return null;
  try {
    const eventId = eventLength ? decoder.decode(bytes.subarray(1, 1 + eventLength)) : legacyEvent;
    if (!eventId) return null;
    return {
      claim: {
        eventId,
        guestId: decoder.decode(bytes.subarray(start + 1, start + 1 + idLength)),
        version: new DataView(bytes.buffer, bytes.byteOffset).getUint32(start + 1 + idLength),
      },
      data: bytes.slice(0, dataLength),
      tag: bytes.slice(dataLength),
    };
  } catch {
    return null;
  }
}

/**
 * The parts of a well-formed token, unchecked: its claim, and the data and tag to verify. A token
 * of a one-event version of the site ([guest][version][tag], no event) is `legacyEvent`'s when the
 * site names one (site.yaml), else malformed. The two layouts never fit the same token: for the
 * same first byte, the current layout is one byte longer.
 */
function split(token: string, legacyEvent?: string): Parts | null {
  if (token.length > 240) return null;
  const bytes = fromBase64Url(token);
  if (!bytes || bytes.length < 2) return null;
  const eventLength = bytes[0] ?? 0;
  return (
    (eventLength ? claimOf(bytes, eventLength) : null) ??
    (legacyEvent ? claimOf(bytes, 0, legacyEvent) : null)
  );
}

/**
 * The event a token names, before it is checked: which event's context checks it. Null when the
 * token is malformed. Never trust it further than that: `readToken` checks the tag.
 */
export function tokenEvent(token: string, legacyEvent?: string): string | null {
  return split(token, legacyEvent)?.claim.eventId ?? null;
}

/** The event, guest id and link version a token was made for, or null when malformed or forged. */
export async function readToken(
  secret: string,
  token: string,
  legacyEvent?: string,
): Promise<TokenClaim | null> {
  const parts = split(token, legacyEvent);
  if (!parts) return null;
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(secret), parts.tag, parts.data);
  return valid ? parts.claim : null;
}
