/**
 * The same-origin rule of docs/design.md (CSRF): a state-changing request is accepted when `Sec-Fetch-Site` is
 * `same-origin`, or `Origin` equals the site's origin, or neither header is present (a non-browser
 * client such as curl). `Origin: null` with `Sec-Fetch-Site: same-origin` passes: some browsers
 * send `null` on same-origin form posts under strict referrer policies.
 */
export function isSameOrigin(request: Request): boolean {
  const fetchSite = request.headers.get('Sec-Fetch-Site');
  const origin = request.headers.get('Origin');
  if (fetchSite === 'same-origin') return true;
  if (origin !== null && origin === new URL(request.url).origin) return true;
  return fetchSite === null && origin === null;
}

/**
 * Positive evidence that a request comes from this site's own page: `Sec-Fetch-Site: same-origin`
 * or an `Origin` equal to the site's. Stricter than `isSameOrigin`, which also lets through
 * clients that send neither header (curl).
 */
export function isFromThisSite(request: Request): boolean {
  const origin = request.headers.get('Origin');
  return (
    request.headers.get('Sec-Fetch-Site') === 'same-origin' ||
    (origin !== null && origin === new URL(request.url).origin)
  );
}
