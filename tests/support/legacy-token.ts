/**
 * A personal link token as the one-event version of the site made it (commit ae9f3f3,
 * src/server/tokens.ts): base64url of [guest id length][guest id][link version, 4 bytes] and an
 * HMAC-SHA-256 tag of that under INVITE_SECRET. Links of this kind went out in invitations.
 */
export async function legacyToken(secret: string, guestId: string, version: number): Promise<string> {
  const id = new TextEncoder().encode(guestId);
  const data = new Uint8Array(1 + id.length + 4);
  data[0] = id.length;
  data.set(id, 1);
  new DataView(data.buffer).setUint32(1 + id.length, version);
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const tag = new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
  const token = new Uint8Array(data.length + tag.length);
  token.set(data);
  token.set(tag, data.length);
  let binary = '';
  for (const byte of token) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
