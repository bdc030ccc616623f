import { describe, expect, it } from 'vitest';
import { createToken, readToken, tokenEvent } from '#server/tokens.ts';
import { events } from '#tests/support/events.ts';

const secret = 'a-test-secret-that-is-long-enough-0123456789';

describe.each(events.map((event) => [event.id, event] as const))(
  'personal link tokens of %s',
  (_id, event) => {
    it('carry the event id, the guest id and the link version', async () => {
      const token = await createToken(secret, event.id, 'k3x9q2m7', 3);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(await readToken(secret, token)).toEqual({ eventId: event.id, guestId: 'k3x9q2m7', version: 3 });
      expect(tokenEvent(token)).toBe(event.id);
    });

    it('carry a tag of at least 128 bits', async () => {
      const token = await createToken(secret, event.id, 'k3x9q2m7', 1);
      const bytes = Buffer.from(token, 'base64url');
      const data = 1 + event.id.length + 1 + 'k3x9q2m7'.length + 4;
      expect(bytes.length - data).toBeGreaterThanOrEqual(16);
    });

    it('are refused when made with another secret', async () => {
      const token = await createToken('another-secret-that-is-long-enough-000000', event.id, 'k3x9q2m7', 1);
      expect(await readToken(secret, token)).toBeNull();
    });

    it('are refused when any byte is changed, the event id’s among them', async () => {
      const token = await createToken(secret, event.id, 'k3x9q2m7', 1);
      const bytes = Buffer.from(token, 'base64url');
      // The lengths, the event id's first and last bytes, the guest id's first, the version's last, the tag's last.
      const guestStart = 2 + event.id.length;
      for (const index of [
        0,
        1,
        event.id.length,
        guestStart - 1,
        guestStart,
        guestStart + 'k3x9q2m7'.length + 3,
        bytes.length - 1,
      ]) {
        const tampered = Buffer.from(bytes);
        tampered[index] = (tampered[index] ?? 0) ^ 1;
        expect(await readToken(secret, tampered.toString('base64url')), `byte ${index}`).toBeNull();
      }
    });

    it('name one event only: the same guest’s token of another event is another token', async () => {
      for (const other of events.filter((item) => item.id !== event.id)) {
        const mine = await createToken(secret, event.id, 'k3x9q2m7', 1);
        const theirs = await createToken(secret, other.id, 'k3x9q2m7', 1);
        expect(theirs).not.toBe(mine);
        expect((await readToken(secret, theirs))?.eventId).toBe(other.id);
      }
    });
  },
);

describe('malformed tokens', () => {
  it('are refused, and name no event', async () => {
    for (const token of ['', 'not a token', '%%%', 'AAAA', 'x'.repeat(500)]) {
      expect(await readToken(secret, token), token).toBeNull();
      expect(tokenEvent(token), token).toBeNull();
    }
  });
});
