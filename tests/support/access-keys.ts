import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';

/** The key ids of the published key set: Access publishes two keys while it rotates them. */
const KIDS = { current: 'access-test-current', next: 'access-test-next' } as const;

/** Private keys as JWK: `current` and `next` are published; the others are not. */
export interface AccessKeys {
  current: JWK;
  next: JWK;
  /** The published current key's kid on another key: its signatures must not verify. */
  impostor: JWK;
  stranger: JWK;
}

async function keyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { jwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' }, pem: await exportSPKI(publicKey) };
}

/** The public half of an RSA private JWK, as Access publishes it. */
const publicJwk = ({ kty, n, e, kid, alg }: JWK): JWK => ({ kty, n, e, kid, alg, use: 'sig' });

/**
 * A stand-in for an Access team domain, in Node: makes RSA keys and serves the published ones over
 * real HTTP on 127.0.0.1 at `/cdn-cgi/access/certs`, as Access serves its certs, so the Worker code
 * fetches them as in production. `/hits` tells how often the key set was fetched.
 */
export async function startKeyServer() {
  const current = await keyPair(KIDS.current);
  const keys: AccessKeys = {
    current: current.jwk,
    next: (await keyPair(KIDS.next)).jwk,
    impostor: (await keyPair(KIDS.current)).jwk,
    stranger: (await keyPair('access-test-unknown')).jwk,
  };
  const certs = JSON.stringify({ keys: [publicJwk(keys.current), publicJwk(keys.next)] });
  let hits = 0;
  const server = createServer((request, response) => {
    if (request.url === '/cdn-cgi/access/certs') {
      hits++;
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(certs);
    } else if (request.url === '/hits') {
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end(String(hits));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    keys,
    /** The current key's public key as PEM text: the "secret" of an HS256 confusion attack. */
    publicPem: current.pem,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An Access JWT as Access issues one, signed by `key`, valid for an hour from now unless told. */
export async function accessJwt(
  key: JWK,
  {
    issuer,
    audience,
    email = 'organiser@commission.example',
    now = new Date(),
  }: {
    issuer: string;
    audience: string;
    email?: string;
    now?: Date;
  },
): Promise<string> {
  const seconds = Math.floor(now.getTime() / 1000);
  return new SignJWT({ email, type: 'app' })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid ?? '' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(seconds)
    .setNotBefore(seconds)
    .setExpirationTime(seconds + 3600)
    .sign(await importJWK(key, 'RS256'));
}
