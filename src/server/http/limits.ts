/** Client addresses and the rate-limiting bindings (wrangler.toml `[[ratelimits]]`). */

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
