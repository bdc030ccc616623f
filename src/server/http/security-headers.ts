/**
 * The security headers of every response, static or dynamic (docs/design.md, "Cookies and headers"), from
 * this one constant: the Worker adds them to its responses, and the build writes them into
 * `_headers` for the static assets, which are served before the Worker runs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // No inline script anywhere: scripts are files of this site (Vite's assetsInlineLimit is 0).
  "script-src 'self'",
  // The stylesheet is inlined into each page so it arrives in the first round trip.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // Same-origin: no referrer ever leaves the site, and same-origin form posts keep their Origin.
  'Referrer-Policy': 'same-origin',
  'X-Robots-Tag': 'noindex',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** The response with the security headers set (a copy: responses from fetch are immutable). */
export function withSecurityHeaders(response: Response): Response {
  const secured = new Response(response.body, response);
  for (const [name, value] of Object.entries(securityHeaders)) secured.headers.set(name, value);
  return secured;
}

/** The `_headers` rule that gives every static asset the same headers. */
export function headersFileRule(): string {
  return ['/*', ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}
