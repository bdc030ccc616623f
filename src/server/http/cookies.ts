/**
 * Cookie names: `__Host-` binds them to this host, over HTTPS, for the whole site. One invitation
 * cookie per event, so that a browser invited to two events can reply to both.
 */
export const cookieNames = {
  invitation: (eventId: string) => `__Host-invitation-${eventId}`,
  admin: '__Host-admin',
} as const;

const INVITATION = /^__Host-invitation-([a-z0-9-]+)$/;

/** The events whose invitation cookie the request carries. */
export function invitationEvents(request: Request): string[] {
  return cookiePairs(request).flatMap(([name]) => INVITATION.exec(name)?.[1] ?? []);
}

/** Every `name=value` pair of the request's cookies. */
function cookiePairs(request: Request): [string, string][] {
  return (request.headers.get('Cookie') ?? '').split(';').flatMap((part): [string, string][] => {
    const index = part.indexOf('=');
    return index > 0 ? [[part.slice(0, index).trim(), part.slice(index + 1).trim()]] : [];
  });
}

/** The value of one cookie of the request, or null. */
export function readCookie(request: Request, name: string): string | null {
  return cookiePairs(request).find(([key]) => key === name)?.[1] ?? null;
}

/**
 * A `Set-Cookie` value for a `__Host-` cookie: HttpOnly, Secure, Path=/.
 * @example setCookie('__Host-admin', id, { sameSite: 'Strict', maxAge: 28800 })
 */
export function setCookie(
  name: string,
  value: string,
  { sameSite, expires, maxAge }: { sameSite: 'Lax' | 'Strict'; expires?: Date; maxAge?: number },
): string {
  return [
    `${name}=${value}`,
    'Path=/',
    'HttpOnly',
    'Secure',
    `SameSite=${sameSite}`,
    ...(expires ? [`Expires=${expires.toUTCString()}`] : []),
    ...(maxAge !== undefined ? [`Max-Age=${maxAge}`] : []),
  ].join('; ');
}

/** A `Set-Cookie` value that removes the cookie. */
export function clearCookie(name: string, sameSite: 'Lax' | 'Strict'): string {
  return setCookie(name, '', { sameSite, maxAge: 0 });
}
