import { getPlatformProxy } from 'wrangler';
import type { Event } from '#schemas/event.ts';
import { createStore, type Store } from '#server/store/store.ts';

/**
 * Runs `work` with the store over the local KV namespace that `wrangler dev --persist-to` uses,
 * through the same store module as the Worker (so keys and metadata are written one way only).
 */
export async function withLocalStore<T>(
  persistTo: string,
  event: Event,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  // Wrangler's notices go to stdout, where `guests links` writes its CSV.
  process.env.WRANGLER_LOG ??= 'error';
  const { env, dispose } = await getPlatformProxy<Env>({
    configPath: 'wrangler.toml',
    persist: { path: `${persistTo}/v3` },
  });
  try {
    return await work(createStore(env.RSVPS, event));
  } finally {
    await dispose();
  }
}
