import { describe, expect, it } from 'vitest';
import { createToken, readToken, tokenEvent } from '#server/tokens.ts';
import { legacyToken } from '#tests/support/legacy-token.ts';

const SECRET = 'unit-test-invite-secret-0123456789abcdef';

describe('a personal link sent by the one-event version of the site', () => {
  it('is the legacy event’s (site.yaml legacyEvent), with its guest and link version', async () => {
    const token = await legacyToken(SECRET, 'k3x9q2m7', 3);
    expect(tokenEvent(token, 'old-event')).toBe('old-event');
    expect(await readToken(SECRET, token, 'old-event')).toEqual({
      eventId: 'old-event',
      guestId: 'k3x9q2m7',
      version: 3,
    });
  });

  it('opens nothing where the site names no legacy event, and nothing when forged', async () => {
    const token = await legacyToken(SECRET, 'k3x9q2m7', 1);
    expect(tokenEvent(token)).toBeNull();
    expect(await readToken(SECRET, token)).toBeNull();
    const forged = await legacyToken('another-secret-another-secret-0000000', 'k3x9q2m7', 1);
    expect(await readToken(SECRET, forged, 'old-event')).toBeNull();
  });

  it('leaves the links of today as they are: their own event, never the legacy one', async () => {
    const token = await createToken(SECRET, 'new-event', 'k3x9q2m7', 1);
    expect(tokenEvent(token, 'old-event')).toBe('new-event');
    expect(await readToken(SECRET, token, 'old-event')).toEqual({
      eventId: 'new-event',
      guestId: 'k3x9q2m7',
      version: 1,
    });
  });
});
