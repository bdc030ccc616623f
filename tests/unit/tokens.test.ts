import { describe, expect, it } from 'vitest';
import { createToken, readToken } from '#server/tokens.ts';

const secret = 'a-test-secret-that-is-long-enough-0123456789';

describe('personal link tokens', () => {
  it('carry the guest id and link version', async () => {
    const token = await createToken(secret, 'k3x9q2m7', 3);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await readToken(secret, token)).toEqual({ guestId: 'k3x9q2m7', version: 3 });
  });

  it('carry a tag of at least 128 bits', async () => {
    const token = await createToken(secret, 'k3x9q2m7', 1);
    const bytes = Buffer.from(token, 'base64url');
    expect(bytes.length - (1 + 'k3x9q2m7'.length + 4)).toBeGreaterThanOrEqual(16);
  });

  it('are refused when made with another secret', async () => {
    const token = await createToken('another-secret-that-is-long-enough-000000', 'k3x9q2m7', 1);
    expect(await readToken(secret, token)).toBeNull();
  });

  it('are refused when any byte is changed', async () => {
    const token = await createToken(secret, 'k3x9q2m7', 1);
    const bytes = Buffer.from(token, 'base64url');
    for (const index of [0, 3, 10, bytes.length - 1]) {
      const tampered = Buffer.from(bytes);
      tampered[index] = (tampered[index] ?? 0) ^ 1;
      expect(await readToken(secret, tampered.toString('base64url')), `byte ${index}`).toBeNull();
    }
  });

  it('are refused when malformed', async () => {
    for (const token of ['', 'not a token', '%%%', 'AAAA', 'x'.repeat(500)]) {
      expect(await readToken(secret, token), token).toBeNull();
    }
  });
});
