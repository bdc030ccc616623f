import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createStore } from '#server/store/store.ts';
import { EVENT, context, invitedGuest, rsvpRequest } from './support.ts';
import { handleRsvp } from './through.ts';

/** The real binding, counting reads (get, list) and writes (put, delete). */
function counted(kv: KVNamespace) {
  const operations = { reads: 0, writes: 0 };
  const proxy = new Proxy(kv, {
    get(target, property) {
      const member = Reflect.get(target, property, target);
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        if (property === 'get' || property === 'list' || property === 'getWithMetadata') operations.reads++;
        else operations.writes++;
        return (member as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { proxy, operations };
}

describe('KV operations of one RSVP write', () => {
  it('are at most 2 reads and 3 writes (docs/design.md budget)', async () => {
    const { cookie } = await invitedGuest({ companions: 1 });
    const { proxy, operations } = counted(env.RSVPS);
    const ctx = { ...context(), store: createStore(proxy, EVENT) };
    const body = { attending: 'yes', dietary: ['vegan'], companions: [{ name: 'Adviser' }] };
    expect((await handleRsvp(rsvpRequest(body, { cookie }), ctx)).status).toBe(200);
    expect(operations.reads).toBeLessThanOrEqual(2);
    expect(operations.writes).toBeLessThanOrEqual(3);
    expect(operations.writes).toBeGreaterThanOrEqual(2); // history, then the current reply
  });
});
