/** Cookie names: `__Host-` binds them to this host, over HTTPS, for the whole site. */
export const cookieNames = { invitation: '__Host-invitation', admin: '__Host-admin' } as const;

/** The value of one cookie of the request, or null. */
export function readCookie(request: Request, name: string): string | null {
  for (const part of (request.headers.get('Cookie') ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
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
