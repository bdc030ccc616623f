import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { quietEnv } from './server.ts';

const run = promisify(execFile);

async function wrangler(args: string[]): Promise<string> {
  const { stdout } = await run('wrangler', ['kv', ...args, '--binding', 'RSVPS', '--remote'], {
    env: quietEnv,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/**
 * The deployed RSVPS namespace through `wrangler kv` (which uses the account of `wrangler login`),
 * shaped as the subset of KVNamespace the store uses, so the CLI writes remote keys exactly as the
 * Worker does. One wrangler call per operation: slow, but for guest lists that is fine.
 */
export function remoteNamespace(): KVNamespace {
  const namespace = {
    async get(key: string | string[], type?: 'json' | 'text'): Promise<unknown> {
      // A bulk read (an array of keys) is a Map of each key's value, null when missing.
      if (Array.isArray(key)) {
        return new Map(
          await Promise.all(key.map(async (name) => [name, await namespace.get(name, type)] as const)),
        );
      }
      try {
        const value = await wrangler(['key', 'get', key, '--text']);
        return type === 'json' ? JSON.parse(value) : value;
      } catch {
        return null; // wrangler exits non-zero for a missing key
      }
    },
    async put(key: string, value: string, options: { metadata?: unknown; expiration?: number } = {}) {
      await wrangler([
        'key',
        'put',
        key,
        value,
        ...(options.metadata === undefined ? [] : ['--metadata', JSON.stringify(options.metadata)]),
        ...(options.expiration === undefined ? [] : ['--expiration', String(options.expiration)]),
      ]);
    },
    async delete(key: string) {
      await wrangler(['key', 'delete', key]);
    },
    async list({ prefix = '' }: { prefix?: string } = {}) {
      // `wrangler kv key list` pages through the whole prefix itself.
      const keys = JSON.parse(await wrangler(['key', 'list', '--prefix', prefix])) as {
        name: string;
        expiration?: number;
        metadata?: unknown;
      }[];
      return { keys, list_complete: true, cacheStatus: null };
    },
  };
  // Only the methods above are used by src/server/store/store.ts; the rest of the interface is not needed.
  return namespace as unknown as KVNamespace;
}
