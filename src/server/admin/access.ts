import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { AccessSettings } from '#schemas/env.ts';
import { limits, text } from '#schemas/text.ts';

/** The header in which Cloudflare Access forwards its signed assertion to the origin. */
export const ACCESS_JWT_HEADER = 'Cf-Access-Jwt-Assertion';

/** Room for the clocks of Access and of this Worker to differ a little. */
const CLOCK_TOLERANCE_SECONDS = 30;

/** jose's codes for a key set it could not fetch or read: our configuration's fault, not the token's. */
const KEY_SET_FAILURES = new Set([errors.JOSEError.code, errors.JWKSTimeout.code, errors.JWKSInvalid.code]);

/**
 * The claims we use once the signature, issuer, audience and times are checked: a user's `email`,
 * or a service token's `common_name`. Either becomes the author of recorded replies, so it obeys
 * the rules of a name (no control or invisible characters).
 */
const claimsSchema = z.object({
  iat: z.number(),
  email: text(254, { required: true }).optional(),
  common_name: text(limits.name, { required: true }).optional(),
});

/** Who Access let in, and when Access issued the assertion. */
export interface AccessIdentity {
  name: string;
  issuedAt: Date;
}

/**
 * One key set per URL for the isolate's life: jose then fetches the keys once, refetches when a
 * token names an unknown `kid` (Access rotates its keys) and picks the key by `kid`.
 */
const keySets = new Map<string, JWTVerifyGetKey>();

function keySet(issuer: string): JWTVerifyGetKey {
  const url = `${issuer}/cdn-cgi/access/certs`;
  let keys = keySets.get(url);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(url));
    keySets.set(url, keys);
  }
  return keys;
}

/**
 * The identity in the request's Access JWT, or null when it is missing or not valid: only RS256
 * by a key of the team's key set, our issuer and audience, not expired or not yet valid at `now`
 * (the injected clock, so tests move it). A bad token is never an error and is never logged; a
 * key set that cannot be fetched or read is thrown (a fault of ours or of Access, not the visitor's).
 */
export async function accessIdentity(
  request: Request,
  access: AccessSettings,
  now: Date,
): Promise<AccessIdentity | null> {
  const token = request.headers.get(ACCESS_JWT_HEADER);
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, keySet(access.issuer), {
      algorithms: ['RS256'],
      issuer: access.issuer,
      audience: access.audience,
      requiredClaims: ['exp', 'iat'],
      currentDate: now,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    const claims = claimsSchema.safeParse(payload);
    const name = claims.data?.email ?? claims.data?.common_name;
    if (!claims.success || !name) return null;
    return { name, issuedAt: new Date(claims.data.iat * 1000) };
  } catch (error) {
    if (error instanceof errors.JOSEError && !KEY_SET_FAILURES.has(error.code)) return null;
    throw error;
  }
}
